package dev.loopline.contracts;

/**
 * The drift of one feature between the training profile and a live window.
 *
 * @param feature feature name
 * @param statistic the test used, e.g. {@code psi}, {@code ks}, {@code chi2}
 * @param score the statistic's value
 * @param pValue the test's p-value, or {@code null} for a distance without one (PSI)
 * @param threshold the value from which the feature counts as drifted
 * @param drifted whether the feature drifted
 */
public record FeatureDrift(String feature, String statistic, double score, Double pValue, double threshold,
		boolean drifted) {

	public FeatureDrift {
		Checks.text(feature, "feature");
		Checks.text(statistic, "statistic");
	}

}
