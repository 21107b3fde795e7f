package dev.loopline.serving.oip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.loopline.serving.predict.PredictionRequest;
import dev.loopline.serving.predict.TooManyRecordsException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;

/**
 * Reads an inference request: one tensor per raw field (shape {@code [n]} or
 * {@code [n, 1]}, data flat or nested row-major), all with the same {@code n}, become
 * {@code n} records. {@code parameters.key} is the sticky routing key. Every error is
 * reported at once, joined in the {@code error} message.
 */
final class InferRequestParser {

	static final Set<String> DATATYPES = Set.of("BOOL", "INT8", "INT16", "INT32", "INT64", "UINT8", "UINT16", "UINT32",
			"UINT64", "FP16", "FP32", "FP64", "BYTES");

	private InferRequestParser() {
	}

	static PredictionRequest parse(JsonNode body, Set<String> knownInputs, int maxBatch, String correlationId) {
		if (!body.isObject()) {
			throw new OipException(HttpStatus.BAD_REQUEST, "the body must be a JSON object");
		}
		List<String> errors = new ArrayList<>();
		JsonNode inputs = body.get("inputs");
		if (inputs == null || !inputs.isArray() || inputs.isEmpty()) {
			throw new OipException(HttpStatus.BAD_REQUEST, "'inputs' must be a non-empty array of tensors");
		}
		Map<String, List<@Nullable Object>> columns = new LinkedHashMap<>();
		for (int i = 0; i < inputs.size(); i++) {
			readTensor(inputs.get(i), "inputs[" + i + "]", knownInputs, columns, errors);
		}
		int rows = columns.values().stream().mapToInt(List::size).max().orElse(0);
		columns.forEach((name, values) -> {
			if (values.size() != rows) {
				errors.add("input '" + name + "' has " + values.size() + " elements, others have " + rows);
			}
		});
		if (!errors.isEmpty()) {
			throw new OipException(HttpStatus.BAD_REQUEST, String.join("; ", errors));
		}
		if (rows > maxBatch) {
			throw new TooManyRecordsException(rows, maxBatch);
		}
		List<Map<String, @Nullable Object>> records = new ArrayList<>(rows);
		for (int row = 0; row < rows; row++) {
			Map<String, @Nullable Object> record = new LinkedHashMap<>();
			for (Map.Entry<String, List<@Nullable Object>> column : columns.entrySet()) {
				record.put(column.getKey(), column.getValue().get(row));
			}
			records.add(record);
		}
		JsonNode key = body.path("parameters").path("key");
		return new PredictionRequest(records, null, (key.isString() || key.isNumber()) ? key.asString() : null,
				correlationId);
	}

	private static void readTensor(JsonNode tensor, String path, Set<String> knownInputs,
			Map<String, List<@Nullable Object>> columns, List<String> errors) {
		String name = tensor.path("name").isString() ? tensor.get("name").asString() : null;
		String datatype = tensor.path("datatype").isString() ? tensor.get("datatype").asString() : null;
		JsonNode shape = tensor.get("shape");
		JsonNode data = tensor.get("data");
		int before = errors.size();
		if (name == null || name.isBlank()) {
			errors.add(path + ".name is required");
		}
		else if (!knownInputs.contains(name)) {
			errors.add("unknown input '" + name + "' (the model reads " + knownInputs + ")");
		}
		else if (columns.containsKey(name)) {
			errors.add("input '" + name + "' is given twice");
		}
		if (datatype == null || !DATATYPES.contains(datatype)) {
			errors.add(path + ".datatype must be one of " + DATATYPES + ", was " + datatype);
		}
		if (shape == null || !shape.isArray() || shape.isEmpty() || shape.size() > 2
				|| (shape.size() == 2 && shape.get(1).asLong() != 1) || !shape.get(0).isIntegralNumber()
				|| shape.get(0).asLong() < 0) {
			errors.add(path + ".shape must be [n] or [n, 1], was " + shape);
		}
		if (data == null || !data.isArray()) {
			errors.add(path + ".data must be an array");
		}
		if (errors.size() > before) {
			return;
		}
		List<@Nullable Object> values = new ArrayList<>();
		flatten(data, values, datatype, path, errors);
		if (values.size() != shape.get(0).asLong()) {
			errors.add(path + " has shape " + shape + " but " + values.size() + " elements");
		}
		columns.put(name, values);
	}

	private static void flatten(JsonNode data, List<@Nullable Object> values, String datatype, String path,
			List<String> errors) {
		for (JsonNode item : data) {
			if (item.isArray()) {
				flatten(item, values, datatype, path, errors);
			}
			else {
				values.add(value(item, datatype, path, errors));
			}
		}
	}

	private static @Nullable Object value(JsonNode item, String datatype, String path, List<String> errors) {
		if (item.isNull()) {
			return null;
		}
		if (datatype.equals("BYTES")) {
			return item.isString() ? item.asString() : item.toString();
		}
		if (datatype.equals("BOOL")) {
			if (!item.isBoolean()) {
				errors.add(path + ": BOOL data must be true or false, was " + item);
			}
			return item.asBoolean();
		}
		if (!item.isNumber()) {
			errors.add(path + ": " + datatype + " data must be numbers, was " + item);
			return null;
		}
		return item.isIntegralNumber() ? (Object) item.asLong() : (Object) item.asDouble();
	}

}
