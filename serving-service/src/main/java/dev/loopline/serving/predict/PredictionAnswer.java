package dev.loopline.serving.predict;

import java.util.List;

import dev.loopline.contracts.ServingVariant;
import dev.loopline.models.predict.Prediction;
import dev.loopline.serving.deployment.LoadedModel;

/**
 * The outcome of a prediction request.
 *
 * @param model the version that answered
 * @param variant champion or canary
 * @param requestId the request's id (also in the log events)
 * @param predictions one per record or entity, in order
 */
public record PredictionAnswer(LoadedModel model, ServingVariant variant, String requestId,
		List<Prediction> predictions) {
}
