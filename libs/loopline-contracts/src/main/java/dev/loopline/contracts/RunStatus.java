package dev.loopline.contracts;

/**
 * Outcome of a training run.
 */
public enum RunStatus {

	/** A model was trained, evaluated and stored as an artifact. */
	SUCCEEDED,

	/** The run stopped without an artifact. */
	FAILED

}
