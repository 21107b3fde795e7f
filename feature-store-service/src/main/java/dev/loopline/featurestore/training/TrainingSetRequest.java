package dev.loopline.featurestore.training;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * A training-set definition request.
 *
 * @param view view name
 * @param version view version, or {@code null} for the latest
 * @param label the label field; rows are the records where it is not null
 * @param watermark offline-store sequence bound, or {@code null} for the current maximum
 * @param from event-time lower bound (inclusive), optional
 * @param to event-time upper bound (exclusive), optional
 * @param last keep only this many rows, the most recent by event time, optional
 */
record TrainingSetRequest(@Nullable String view, @Nullable Integer version, @Nullable String label,
		@Nullable Long watermark, @Nullable Instant from, @Nullable Instant to, @Nullable Long last) {

	TrainingSetRequest truncatedToMicros() {
		return new TrainingSetRequest(this.view, this.version, this.label, this.watermark, micros(this.from),
				micros(this.to), this.last);
	}

	private static @Nullable Instant micros(@Nullable Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.MICROS) : null;
	}

}
