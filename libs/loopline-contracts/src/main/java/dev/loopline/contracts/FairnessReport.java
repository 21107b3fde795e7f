package dev.loopline.contracts;

import java.util.Map;

/**
 * A metric computed per group of a sensitive field on the hold-out set.
 *
 * @param field the sensitive field (a source field of the feature view)
 * @param metric the metric computed per group (see {@link ModelMetrics})
 * @param byGroup the metric per group value ({@code null} values form the group
 * {@code "__missing__"})
 * @param gap the largest difference between two groups ({@code 0} with fewer than two
 * groups)
 */
public record FairnessReport(String field, String metric, Map<String, Double> byGroup, double gap) {

	public FairnessReport {
		Checks.text(field, "field");
		Checks.text(metric, "metric");
		byGroup = Checks.strictMap(byGroup, "byGroup");
		if (!(gap >= 0)) {
			throw new IllegalArgumentException("gap must be >= 0, was " + gap);
		}
	}

}
