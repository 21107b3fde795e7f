package dev.loopline.validation.window;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A dataset-level expectation that failed over one window; becomes a
 * {@code DataQualityDegraded} alert.
 *
 * @param rule the expectation kind
 * @param field the field, or {@code null} for a dataset rule
 * @param observed the observed statistic (for a {@code mostly} rule, the share of passing
 * rows)
 * @param threshold the bound that was crossed
 * @param mostly the required share, for a {@code mostly} rule
 * @param windowStart start of the window
 * @param windowEnd end of the window
 */
public record Breach(String rule, @Nullable String field, double observed, double threshold, @Nullable Double mostly,
		Instant windowStart, Instant windowEnd) {
}
