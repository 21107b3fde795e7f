package dev.loopline.contracts;

import java.util.Map;

/**
 * Command to train a new version of a model. Published on
 * {@link Topics#TRAINING_COMMANDS}, keyed by model name.
 *
 * @param metadata envelope data
 * @param modelName the model to train
 * @param trigger why training was requested
 * @param requestedBy who or what asked (user name, API key name, scheduler id)
 * @param reason free-text explanation, or {@code null}
 * @param parameters hyperparameter overrides for this run only (empty for the model's
 * defaults)
 */
public record TrainModel(EventMetadata metadata, String modelName, TrainingTrigger trigger, String requestedBy,
		String reason, Map<String, Object> parameters) implements TrainingCommand {

	public TrainModel {
		Checks.notNull(metadata, "metadata");
		Checks.text(modelName, "modelName");
		Checks.notNull(trigger, "trigger");
		Checks.text(requestedBy, "requestedBy");
		Checks.optionalText(reason, "reason");
		parameters = Checks.freeMap(parameters, "parameters");
	}

}
