package dev.loopline.contracts;

/**
 * Why a training run was requested.
 */
public enum TrainingTrigger {

	/** A person asked for it (REST API, CLI). */
	MANUAL,

	/** A schedule fired. */
	SCHEDULE,

	/** Enough new validated data arrived. */
	NEW_DATA,

	/** A monitoring alert asked for it (see {@link RetrainRequested}). */
	ALERT

}
