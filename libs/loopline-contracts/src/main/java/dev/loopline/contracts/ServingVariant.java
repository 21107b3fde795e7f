package dev.loopline.contracts;

/**
 * Which deployed version of a model answered a prediction.
 */
public enum ServingVariant {

	/** The champion version, answering the caller. */
	CHAMPION,

	/** The canary version, answering a share of callers. */
	CANARY,

	/** A shadow version, run on mirrored traffic; its answer is only logged. */
	SHADOW

}
