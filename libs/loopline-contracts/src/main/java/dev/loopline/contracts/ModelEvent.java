package dev.loopline.contracts;

/**
 * A model lifecycle event published by the registry on {@link Topics#MODELS_EVENTS}.
 * Keyed by model name, so the versions of one model are seen in order.
 */
public sealed interface ModelEvent extends LooplineEvent
		permits ModelVersionRegistered, ModelPromoted, ModelRejected, ModelRolledBack {

	/**
	 * Returns the name of the model concerned.
	 * @return the model name
	 */
	String modelName();

	@Override
	default String key() {
		return modelName();
	}

}
