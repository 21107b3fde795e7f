package dev.loopline.features.profile;

import java.util.List;

/**
 * How a profile is computed.
 *
 * @param bins histogram bins of a numeric feature
 * @param topK categories kept per categorical feature
 * @param sampleSize reservoir sample size per numeric feature, at most
 * {@link #MAX_SAMPLE_SIZE}
 * @param seed seed of the reservoir sampling
 * @param quantiles the quantile probabilities, each in (0, 1)
 */
public record ProfileOptions(int bins, int topK, int sampleSize, long seed, List<Double> quantiles) {

	/** Largest reservoir sample per feature. */
	public static final int MAX_SAMPLE_SIZE = 1000;

	public ProfileOptions {
		quantiles = List.copyOf(quantiles);
		if (bins < 1 || topK < 1 || sampleSize < 0 || sampleSize > MAX_SAMPLE_SIZE) {
			throw new IllegalArgumentException("Need bins >= 1, topK >= 1 and 0 <= sampleSize <= " + MAX_SAMPLE_SIZE
					+ "; got " + bins + ", " + topK + ", " + sampleSize);
		}
		if (quantiles.stream().anyMatch((p) -> !(p > 0 && p < 1))) {
			throw new IllegalArgumentException("Quantiles must lie in (0, 1): " + quantiles);
		}
	}

	/**
	 * The defaults: 10 bins, top 20 categories, 1000 sampled values, seed 42, quantiles
	 * 1, 5, 25, 50, 75, 95 and 99 %.
	 * @return the default options
	 */
	public static ProfileOptions defaults() {
		return new ProfileOptions(10, 20, MAX_SAMPLE_SIZE, 42L, List.of(0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99));
	}

}
