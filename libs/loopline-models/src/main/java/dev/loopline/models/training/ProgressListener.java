package dev.loopline.models.training;

/**
 * Told how far a training has come. Tribuo trainers report nothing while they run, so the
 * steps are coarse: {@code pipeline} (0.1), {@code examples} (0.2), {@code train} (0.3),
 * {@code profile} (0.9), {@code done} (1.0).
 */
@FunctionalInterface
public interface ProgressListener {

	/** A listener that ignores progress. */
	ProgressListener NONE = (phase, fraction) -> {
	};

	/**
	 * Called when a phase starts.
	 * @param phase the phase name
	 * @param fraction the share of the work done, 0 to 1
	 */
	void onProgress(String phase, double fraction);

}
