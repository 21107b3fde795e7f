package dev.loopline.contracts;

import java.util.Map;

/**
 * One prediction made by serving, with the features it saw. Published on
 * {@link Topics#PREDICTIONS}, keyed by model name; monitoring computes drift from the
 * features and live accuracy by joining {@link LabelObserved}. Classification fills
 * {@code outputLabel} (and usually {@code scores}), regression fills {@code outputValue}.
 *
 * @param metadata envelope data
 * @param modelName the model name
 * @param version the version that answered
 * @param requestId id of the prediction request (one request may log several predictions)
 * @param entityId id of the entity predicted for, or {@code null}
 * @param dataset dataset the entity belongs to, or {@code null}
 * @param features the input features after lookup, before transforms ({@code null} values
 * allowed)
 * @param outputLabel the predicted class, or {@code null} for regression
 * @param outputValue the predicted value, or {@code null} for classification
 * @param scores per-class scores or probabilities (empty if none)
 * @param variant which deployed variant answered
 * @param latencyMicros model latency in microseconds
 */
public record PredictionLogged(EventMetadata metadata, String modelName, int version, String requestId, String entityId,
		String dataset, Map<String, Object> features, String outputLabel, Double outputValue,
		Map<String, Double> scores, ServingVariant variant, long latencyMicros) implements LooplineEvent {

	public PredictionLogged {
		Checks.notNull(metadata, "metadata");
		Checks.text(modelName, "modelName");
		Checks.version(version, "version");
		Checks.text(requestId, "requestId");
		Checks.optionalText(entityId, "entityId");
		Checks.optionalText(dataset, "dataset");
		features = Checks.freeMap(features, "features");
		if (outputLabel == null && outputValue == null) {
			throw new IllegalArgumentException("outputLabel or outputValue must be present");
		}
		scores = Checks.strictMap(scores, "scores");
		Checks.notNull(variant, "variant");
		Checks.notNegative(latencyMicros, "latencyMicros");
	}

	/**
	 * Returns the model name.
	 */
	@Override
	public String key() {
		return this.modelName;
	}

	/**
	 * Returns the id of the version that answered.
	 * @return model name and version
	 */
	public ModelVersionId versionId() {
		return new ModelVersionId(this.modelName, this.version);
	}

}
