package dev.loopline.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * Request from monitoring to retrain a model after an alert. Published on
 * {@link Topics#TRAINING_COMMANDS}, keyed by model name; it shares the alert's
 * correlation id, so the resulting run and version can be traced back to the alert.
 *
 * @param metadata envelope data
 * @param modelName the model to retrain
 * @param alertId id of the {@link MonitoringAlert} that caused the request
 * @param reason what was detected, in words
 * @param detectedAt when the alert was raised
 */
public record RetrainRequested(EventMetadata metadata, String modelName, UUID alertId, String reason,
		Instant detectedAt) implements TrainingCommand {

	public RetrainRequested {
		Checks.notNull(metadata, "metadata");
		Checks.text(modelName, "modelName");
		Checks.notNull(alertId, "alertId");
		Checks.text(reason, "reason");
		Checks.notNull(detectedAt, "detectedAt");
	}

}
