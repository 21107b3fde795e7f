package dev.loopline.monitoring.drift;

import java.util.List;

import dev.loopline.contracts.FeatureDrift;

/**
 * The drift of one window: per feature, the share of drifted features and the dataset
 * verdict (share at or above the configured share).
 *
 * @param features each feature's statistic, score, p-value, threshold and verdict
 * @param share drifted features / features
 * @param drifted whether the dataset drifted
 */
public record DriftResult(List<FeatureDrift> features, double share, boolean drifted) {

	public DriftResult {
		features = List.copyOf(features);
	}

	/** The names of the drifted features. */
	public List<String> driftedFeatures() {
		return this.features.stream().filter(FeatureDrift::drifted).map(FeatureDrift::feature).toList();
	}

}
