package dev.loopline.contracts;

import java.util.UUID;

/**
 * Why and how a run was made: its trigger and the model's task, for the registry's
 * lineage and model card.
 *
 * @param trigger what started the run
 * @param requestedBy who or what asked (user or API key name, {@code scheduler},
 * {@code monitoring})
 * @param alertId the monitoring alert behind a {@link TrainingTrigger#ALERT} run, or
 * {@code null}
 * @param task {@code classification}, {@code regression} or {@code anomaly}
 * @param labelField the field predicted
 * @param algorithm the model spec's algorithm name, e.g. {@code xgboost}
 * @param specVersion version of the model spec in the training service
 * @param holdoutRows number of hold-out rows the metrics were computed on
 * @param codeVersion version of the training service that ran, or {@code null}
 */
public record TrainingContext(TrainingTrigger trigger, String requestedBy, UUID alertId, String task, String labelField,
		String algorithm, int specVersion, long holdoutRows, String codeVersion) {

	public TrainingContext {
		Checks.notNull(trigger, "trigger");
		Checks.text(requestedBy, "requestedBy");
		Checks.text(task, "task");
		Checks.text(labelField, "labelField");
		Checks.text(algorithm, "algorithm");
		Checks.version(specVersion, "specVersion");
		Checks.notNegative(holdoutRows, "holdoutRows");
		Checks.optionalText(codeVersion, "codeVersion");
	}

}
