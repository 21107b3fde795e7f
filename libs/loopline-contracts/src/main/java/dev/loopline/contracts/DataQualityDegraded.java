package dev.loopline.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A data quality expectation on a dataset failed over a window of validated records.
 * Published on {@link Topics#MONITORING_ALERTS}; it concerns a dataset, not a model, so
 * it is keyed by dataset name.
 *
 * @param metadata envelope data
 * @param dataset the dataset name
 * @param alertId id of this alert
 * @param rule the expectation, e.g. {@code not_null}, {@code between}, {@code unique}
 * @param field the field checked, or {@code null} for a record-level rule
 * @param observed the observed value, e.g. the share of rows passing the rule
 * @param threshold the limit that was crossed
 * @param mostly the required share of passing rows, or {@code null} if all must pass
 * @param windowStart start of the window (inclusive)
 * @param windowEnd end of the window (exclusive)
 */
public record DataQualityDegraded(EventMetadata metadata, String dataset, UUID alertId, String rule, String field,
		double observed, double threshold, Double mostly, Instant windowStart,
		Instant windowEnd) implements MonitoringAlert {

	public DataQualityDegraded {
		Checks.notNull(metadata, "metadata");
		Checks.text(dataset, "dataset");
		Checks.notNull(alertId, "alertId");
		Checks.text(rule, "rule");
		Checks.optionalText(field, "field");
		Checks.window(windowStart, windowEnd);
	}

	/**
	 * Returns the dataset name.
	 */
	@Override
	public String key() {
		return this.dataset;
	}

}
