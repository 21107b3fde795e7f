package dev.loopline.models.evaluation;

import java.util.Objects;

/**
 * Which fairness report to compute.
 *
 * @param field the sensitive raw field of the hold-out rows whose values form the groups
 * @param metric the metric computed per group (one of the task's metrics)
 */
public record FairnessSpec(String field, String metric) {

	public FairnessSpec {
		Objects.requireNonNull(field, "field must not be null");
		Objects.requireNonNull(metric, "metric must not be null");
	}

}
