package dev.loopline.features.aggregate;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One event of an entity's history: when it happened and the aggregated field's value.
 *
 * @param eventTime the event time
 * @param value the value, or {@code null} when the field is missing or not numeric
 * ({@code NaN} is stored as {@code null})
 */
public record TimedValue(Instant eventTime, @Nullable Double value) {

	public TimedValue {
		Objects.requireNonNull(eventTime, "eventTime must not be null");
		if (value != null && value.isNaN()) {
			value = null;
		}
	}

}
