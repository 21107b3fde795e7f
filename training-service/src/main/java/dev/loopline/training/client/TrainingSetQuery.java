package dev.loopline.training.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /v1/training-sets} on the feature store.
 *
 * @param view feature view name
 * @param version view version, or {@code null} for the latest
 * @param label the label field
 * @param last only the most recent N rows by event time
 * @param from event-time lower bound (inclusive)
 * @param to event-time upper bound (exclusive)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainingSetQuery(String view, @Nullable Integer version, String label, @Nullable Long last,
		@Nullable Instant from, @Nullable Instant to) {
}
