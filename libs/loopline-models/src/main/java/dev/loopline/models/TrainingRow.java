package dev.loopline.models;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One row of a feature store training set.
 *
 * @param recordId the record's id
 * @param entityId the entity the record belongs to
 * @param eventTime the record's event time
 * @param values the raw inputs the fitted pipeline reads: source fields and point-in-time
 * aggregate values under their feature names; values may be {@code null}
 * @param label the ground truth, {@code null} when unknown (such rows are skipped)
 */
public record TrainingRow(String recordId, String entityId, Instant eventTime, Map<String, @Nullable Object> values,
		@Nullable Object label) {

	public TrainingRow {
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

}
