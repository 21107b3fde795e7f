package dev.loopline.contracts;

/**
 * A command on {@link Topics#TRAINING_COMMANDS} asking the training service to train a
 * model. Keyed by model name.
 */
public sealed interface TrainingCommand extends LooplineEvent permits TrainModel, RetrainRequested {

	/**
	 * Returns the name of the model to train.
	 * @return the model name
	 */
	String modelName();

	@Override
	default String key() {
		return modelName();
	}

}
