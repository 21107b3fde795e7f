package dev.loopline.serving.predict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.loopline.servicekit.problem.BadRequestException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the body of {@code POST /v1/models/{name}:predict} and reports every error at
 * once ({@code /problems/invalid-predict-request} with {@code errors: [{field,
 * message}]}).
 */
final class PredictRequestParser {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PredictRequestParser() {
	}

	@SuppressWarnings("unchecked")
	static PredictionRequest parse(JsonNode body, int maxBatch, String correlationId) {
		List<Map<String, String>> errors = new ArrayList<>();
		if (!body.isObject()) {
			throw invalid(List.of(error("", "the body must be a JSON object")));
		}
		JsonNode records = body.get("records");
		JsonNode entities = body.get("entities");
		JsonNode key = body.get("key");
		body.propertyNames().forEach((name) -> {
			if (!List.of("records", "entities", "key").contains(name)) {
				errors.add(error(name, "unknown field (known: records, entities, key)"));
			}
		});
		if ((records == null) == (entities == null)) {
			errors.add(error("records", "give exactly one of 'records' and 'entities'"));
		}
		List<Map<String, @Nullable Object>> recordList = null;
		List<String> entityList = null;
		if (records != null) {
			recordList = new ArrayList<>();
			if (!records.isArray() || records.isEmpty()) {
				errors.add(error("records", "must be a non-empty array of objects"));
			}
			else if (records.size() > maxBatch) {
				throw new TooManyRecordsException(records.size(), maxBatch);
			}
			else {
				for (int i = 0; i < records.size(); i++) {
					if (!records.get(i).isObject()) {
						errors.add(error("records[" + i + "]", "must be an object of raw fields"));
					}
					else {
						recordList.add(JSON.treeToValue(records.get(i), LinkedHashMap.class));
					}
				}
			}
		}
		if (entities != null) {
			entityList = new ArrayList<>();
			if (!entities.isArray() || entities.isEmpty()) {
				errors.add(error("entities", "must be a non-empty array of entity ids"));
			}
			else if (entities.size() > maxBatch) {
				throw new TooManyRecordsException(entities.size(), maxBatch);
			}
			else {
				for (int i = 0; i < entities.size(); i++) {
					JsonNode id = entities.get(i);
					if (!(id.isString() || id.isNumber()) || id.asString().isBlank()) {
						errors.add(error("entities[" + i + "]", "must be a non-blank entity id"));
					}
					else {
						entityList.add(id.asString());
					}
				}
			}
		}
		if (key != null && !key.isNull() && !(key.isString() || key.isNumber())) {
			errors.add(error("key", "must be a string"));
		}
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
		return new PredictionRequest(recordList, entityList, (key != null && !key.isNull()) ? key.asString() : null,
				correlationId);
	}

	static BadRequestException invalid(List<Map<String, String>> errors) {
		return new BadRequestException("invalid-predict-request", "Invalid predict request",
				errors.size() + " error(s): "
						+ String.join("; ",
								errors.stream().map((e) -> e.get("field") + ": " + e.get("message")).toList()),
				Map.of("errors", errors));
	}

	static Map<String, String> error(String field, String message) {
		return Map.of("field", field, "message", message);
	}

}
