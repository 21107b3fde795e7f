package dev.loopline.featurestore.training;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One training row, in its canonical field order: the offline record's ids and event
 * time, its values (source fields by field name, then the aggregates as of its event time
 * by feature name: what {@code FittedPipeline.vectorize(values, Map.of())} reads), and
 * its label.
 *
 * @param recordId record id
 * @param entityId entity
 * @param eventTime event time, ISO-8601
 * @param values values in column order ({@code null} when missing)
 * @param label the label value
 */
public record TrainingRow(String recordId, String entityId, String eventTime, Map<String, @Nullable Object> values,
		Object label) {
}
