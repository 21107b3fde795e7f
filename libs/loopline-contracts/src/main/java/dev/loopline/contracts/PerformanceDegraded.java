package dev.loopline.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A model version's live metric, measured on labelled predictions, fell below its
 * threshold. Published on {@link Topics#MONITORING_ALERTS}, keyed by model name.
 *
 * @param metadata envelope data
 * @param modelName the model name
 * @param version the version measured
 * @param alertId id of this alert
 * @param metric metric name, e.g. {@code accuracy}, {@code auc}, {@code rmse}
 * @param value the live value over the window
 * @param baseline the value on the hold-out set at training time
 * @param threshold the limit that was crossed
 * @param sampleCount number of labelled predictions in the window
 * @param windowStart start of the window (inclusive)
 * @param windowEnd end of the window (exclusive)
 */
public record PerformanceDegraded(EventMetadata metadata, String modelName, int version, UUID alertId, String metric,
		double value, double baseline, double threshold, long sampleCount, Instant windowStart,
		Instant windowEnd) implements MonitoringAlert {

	public PerformanceDegraded {
		Checks.notNull(metadata, "metadata");
		Checks.text(modelName, "modelName");
		Checks.version(version, "version");
		Checks.notNull(alertId, "alertId");
		Checks.text(metric, "metric");
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
