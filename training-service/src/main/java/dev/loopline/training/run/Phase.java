package dev.loopline.training.run;

import java.util.Locale;

/**
 * The phases of a run, in order; each one's duration is recorded.
 */
public enum Phase {

	/** Defining and downloading the training set. */
	FETCH,

	/** Splitting off the hold-out rows. */
	SPLIT,

	/** Fitting the pipeline and training the model. */
	FIT,

	/** Computing the metrics and fairness on the hold-out. */
	EVALUATE,

	/** Scoring the current champion on the same hold-out. */
	CHAMPION,

	/** Writing the model bundle. */
	PACKAGE,

	/** Uploading the bundle to the registry. */
	UPLOAD;

	/**
	 * Returns the lower-case name used in metrics tags and JSON.
	 * @return e.g. {@code fetch}
	 */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

}
