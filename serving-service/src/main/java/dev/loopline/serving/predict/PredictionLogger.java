package dev.loopline.serving.predict;

import java.util.List;
import java.util.Map;

import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.PredictionLogged;
import dev.loopline.contracts.ServingVariant;
import dev.loopline.models.predict.Prediction;
import dev.loopline.serving.deployment.LoadedModel;
import dev.loopline.serving.log.PredictionLog;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Turns the predictions of a request into {@link PredictionLogged} events (one per
 * record: the raw features as seen, the entity id, the view's dataset, the output, the
 * variant and the request's model time) for the {@link PredictionLog}. Never throws: an
 * event that cannot be built is skipped and logged.
 */
@Component
class PredictionLogger {

	private static final Logger log = LoggerFactory.getLogger(PredictionLogger.class);

	private final PredictionLog predictionLog;

	PredictionLogger(PredictionLog predictionLog) {
		this.predictionLog = predictionLog;
	}

	void log(LoadedModel model, ServingVariant variant, PredictionRequest request, String requestId,
			List<Map<String, @Nullable Object>> records, List<Prediction> predictions, long latencyMicros) {
		for (int i = 0; i < predictions.size(); i++) {
			try {
				this.predictionLog.log(event(model, variant, request, requestId, records.get(i), predictions.get(i),
						(request.entities() != null) ? request.entities().get(i) : null, latencyMicros));
			}
			catch (RuntimeException ex) {
				log.warn("Prediction {} of request {} not logged: {}", i, requestId, ex.getMessage());
			}
		}
	}

	private static PredictionLogged event(LoadedModel model, ServingVariant variant, PredictionRequest request,
			String requestId, Map<String, @Nullable Object> record, Prediction prediction, @Nullable String entityId,
			long latencyMicros) {
		String entity = (entityId != null) ? entityId : text(record.get(model.view().entityKey()));
		Object value = prediction.value();
		String label = (value instanceof Number) ? null : String.valueOf(value);
		Double number = (value instanceof Number n) ? n.doubleValue() : null;
		return new PredictionLogged(EventMetadata.create(request.correlationId()), model.name(), model.version(),
				requestId, entity, model.view().dataset(), record, label, number, prediction.scores(), variant,
				latencyMicros);
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value == null || String.valueOf(value).isBlank()) ? null : String.valueOf(value);
	}

}
