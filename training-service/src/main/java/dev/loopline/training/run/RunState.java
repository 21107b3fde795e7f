package dev.loopline.training.run;

/**
 * Status of a run: queued, running, then succeeded or failed; skipped when an automatic
 * trigger was absorbed by the cooldown or by a run already queued.
 */
public enum RunState {

	/** Waiting for the worker (one run per model at a time). */
	QUEUED,

	/** Being trained. */
	RUNNING,

	/** Trained, evaluated and uploaded; TrainingRunFinished published. */
	SUCCEEDED,

	/** Stopped with a failure reason (or cancelled while queued). */
	FAILED,

	/** Never run: the trigger came within the cooldown or while a run was queued. */
	SKIPPED

}
