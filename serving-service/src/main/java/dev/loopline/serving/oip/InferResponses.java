package dev.loopline.serving.oip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.loopline.models.predict.Prediction;
import dev.loopline.serving.predict.PredictionAnswer;
import org.jspecify.annotations.Nullable;

/**
 * Builds an inference response: {@code predictions} (shape {@code [n]}) and, when the
 * model gives class scores, {@code scores} (shape {@code [n, classes]}, row-major, the
 * class order in {@code parameters.classes}); restricted to the requested outputs when
 * the request names some.
 */
final class InferResponses {

	private InferResponses() {
	}

	static Map<String, Object> of(PredictionAnswer answer, @Nullable String id, Set<String> requestedOutputs) {
		List<Prediction> predictions = answer.predictions();
		boolean regression = ModelMetadata.regression(answer.model());
		List<Map<String, Object>> outputs = new ArrayList<>();
		outputs.add(tensor("predictions", regression ? "FP64" : "BYTES", List.of(predictions.size()),
				predictions.stream().map((p) -> regression ? p.value() : String.valueOf(p.value())).toList(), null));
		List<String> classes = predictions.isEmpty() ? List.of() : List.copyOf(predictions.get(0).scores().keySet());
		if (!classes.isEmpty()) {
			List<Object> scores = new ArrayList<>(predictions.size() * classes.size());
			predictions.forEach((p) -> classes.forEach((c) -> scores.add(p.scores().getOrDefault(c, 0.0))));
			outputs.add(tensor("scores", "FP64", List.of(predictions.size(), classes.size()), scores,
					Map.of("classes", classes)));
		}
		if (!requestedOutputs.isEmpty()) {
			outputs.removeIf((output) -> !requestedOutputs.contains((String) output.get("name")));
		}
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("model_name", answer.model().name());
		response.put("model_version", Integer.toString(answer.model().version()));
		response.put("id", (id != null) ? id : answer.requestId());
		response.put("parameters", Map.of("variant", answer.variant().name(), "request_id", answer.requestId()));
		response.put("outputs", outputs);
		return response;
	}

	private static Map<String, Object> tensor(String name, String datatype, List<Integer> shape, List<?> data,
			@Nullable Map<String, Object> parameters) {
		Map<String, Object> tensor = new LinkedHashMap<>();
		tensor.put("name", name);
		tensor.put("datatype", datatype);
		tensor.put("shape", shape);
		if (parameters != null) {
			tensor.put("parameters", parameters);
		}
		tensor.put("data", data);
		return tensor;
	}

}
