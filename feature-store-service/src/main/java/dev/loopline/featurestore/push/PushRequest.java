package dev.loopline.featurestore.push;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Feature values computed elsewhere.
 *
 * @param version view version, or {@code null} for the latest
 * @param rows the rows
 */
record PushRequest(@Nullable Integer version, @Nullable List<Row> rows) {

	/**
	 * One entity's values at one event time.
	 *
	 * @param entityId the entity
	 * @param eventTime when the values were true
	 * @param values value by plain feature name
	 */
	record Row(@Nullable String entityId, @Nullable Instant eventTime, @Nullable Map<String, Object> values) {
	}

}
