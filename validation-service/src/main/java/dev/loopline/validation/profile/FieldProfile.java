package dev.loopline.validation.profile;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Statistics of one field over a sample of records.
 *
 * @param name field name
 * @param type the inferred type
 * @param count records in the sample
 * @param nulls records where the field is missing or null
 * @param distinct distinct non-null values
 * @param min minimum (numeric fields)
 * @param max maximum
 * @param mean mean
 * @param stddev sample standard deviation
 * @param quantiles p1, p5, p25, p50, p75, p95, p99
 * @param topValues the most frequent values with their counts (at most 10)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProfile(String name, String type, long count, long nulls, long distinct, @Nullable Double min,
		@Nullable Double max, @Nullable Double mean, @Nullable Double stddev, @Nullable Map<String, Double> quantiles,
		List<ValueCount> topValues) {

	/**
	 * A value and how often it occurs.
	 *
	 * @param value the value as text
	 * @param count occurrences
	 */
	public record ValueCount(String value, long count) {
	}

}
