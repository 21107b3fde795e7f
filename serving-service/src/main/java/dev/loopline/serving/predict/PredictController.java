package dev.loopline.serving.predict;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.loopline.models.predict.Prediction;
import dev.loopline.serving.config.ServingProperties;
import dev.loopline.servicekit.observability.CorrelationIdFilter;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import tools.jackson.databind.JsonNode;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v1/models/{name}:predict} (role {@code predict}): raw records or entity
 * ids in, predictions with the version and variant that made them out.
 */
@RestController
class PredictController {

	private final PredictionService predictions;

	private final ServingProperties properties;

	PredictController(PredictionService predictions, ServingProperties properties) {
		this.predictions = predictions;
		this.properties = properties;
	}

	@PostMapping("/v1/models/{name}:predict")
	Map<String, Object> predict(@PathVariable String name, @RequestBody JsonNode body) {
		PredictionRequest request = PredictRequestParser.parse(body, this.properties.maxBatch(), correlationId());
		PredictionAnswer answer = this.predictions.predict(name, request);
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("model", name);
		response.put("version", answer.model().version());
		response.put("variant", answer.variant());
		response.put("requestId", answer.requestId());
		response.put("predictions", answer.predictions().stream().map(PredictController::prediction).toList());
		return response;
	}

	static String correlationId() {
		String id = MDC.get(CorrelationIdFilter.MDC_KEY);
		return (id != null) ? id : UUID.randomUUID().toString();
	}

	private static Map<String, @Nullable Object> prediction(Prediction prediction) {
		Map<String, @Nullable Object> item = new LinkedHashMap<>();
		item.put("value", prediction.value());
		item.put("score", prediction.score());
		item.put("scores", prediction.scores());
		return item;
	}

}
