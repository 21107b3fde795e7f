package dev.loopline.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The live inputs of a model version drifted from its training profile. Published on
 * {@link Topics#MONITORING_ALERTS}, keyed by model name.
 *
 * @param metadata envelope data
 * @param modelName the model name
 * @param version the version whose training profile was the reference
 * @param alertId id of this alert
 * @param features per-feature results (all features checked, drifted or not)
 * @param driftShare share of features that drifted, between 0 and 1
 * @param sampleCount number of predictions in the window
 * @param windowStart start of the window (inclusive)
 * @param windowEnd end of the window (exclusive)
 */
public record DriftDetected(EventMetadata metadata, String modelName, int version, UUID alertId,
		List<FeatureDrift> features, double driftShare, long sampleCount, Instant windowStart,
		Instant windowEnd) implements MonitoringAlert {

	public DriftDetected {
		Checks.notNull(metadata, "metadata");
		Checks.text(modelName, "modelName");
		Checks.version(version, "version");
		Checks.notNull(alertId, "alertId");
		features = Checks.list(features, "features");
		if (!(driftShare >= 0 && driftShare <= 1)) {
			throw new IllegalArgumentException("driftShare must be between 0 and 1, was " + driftShare);
		}
		Checks.notNegative(sampleCount, "sampleCount");
		Checks.window(windowStart, windowEnd);
	}

	/**
	 * Returns the model name.
	 */
	@Override
	public String key() {
		return this.modelName;
	}

}
