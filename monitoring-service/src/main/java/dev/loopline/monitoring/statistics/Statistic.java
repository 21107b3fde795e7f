package dev.loopline.monitoring.statistics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A drift statistic with Evidently's default threshold. Tests (KS, chi-square) drift when
 * their p-value falls below the threshold; distances drift when they reach it.
 */
public enum Statistic {

	/** Two-sample Kolmogorov–Smirnov test (numeric), p &lt; 0.05. */
	KS("ks", 0.05, true, true),

	/**
	 * Pearson's chi-square test of the current counts against the reference's
	 * proportions.
	 */
	CHISQUARE("chisquare", 0.05, true, false),

	/**
	 * Wasserstein distance normed by the reference's standard deviation (numeric), ≥ 0.1.
	 */
	WASSERSTEIN("wasserstein", 0.1, false, true),

	/** Jensen–Shannon distance of the binned distributions, ≥ 0.1. */
	JENSENSHANNON("jensenshannon", 0.1, false, false),

	/** Population stability index of the binned distributions, ≥ 0.1. */
	PSI("psi", 0.1, false, false);

	private final String id;

	private final double defaultThreshold;

	private final boolean test;

	private final boolean numericOnly;

	Statistic(String id, double defaultThreshold, boolean test, boolean numericOnly) {
		this.id = id;
		this.defaultThreshold = defaultThreshold;
		this.test = test;
		this.numericOnly = numericOnly;
	}

	public String id() {
		return this.id;
	}

	public double defaultThreshold() {
		return this.defaultThreshold;
	}

	/** Whether the threshold is a p-value (a test) rather than a distance. */
	public boolean isTest() {
		return this.test;
	}

	/** Whether the statistic needs numeric values (KS and Wasserstein). */
	public boolean numericOnly() {
		return this.numericOnly;
	}

	/**
	 * Whether a score (p-value for tests) means drift at a threshold.
	 * @param score the p-value or distance
	 * @param threshold the threshold
	 * @return true when drifted
	 */
	public boolean drifted(double score, double threshold) {
		return this.test ? score < threshold : score >= threshold;
	}

	/**
	 * Finds a statistic by its id, case-insensitive.
	 * @param id the id
	 * @return the statistic, if known
	 */
	public static Optional<Statistic> of(String id) {
		String wanted = id.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
		return Arrays.stream(values()).filter((s) -> s.id.equals(wanted)).findFirst();
	}

}
