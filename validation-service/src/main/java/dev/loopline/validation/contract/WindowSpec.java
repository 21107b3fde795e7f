package dev.loopline.validation.contract;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The tumbling window dataset-level expectations are computed over: it closes after
 * {@code records} records or after {@code duration}, whichever comes first (either may be
 * omitted, not both).
 *
 * @param records records per window
 * @param duration time per window
 */
public record WindowSpec(@Nullable Integer records, @Nullable Duration duration) {

	/** The window used when a contract names none. */
	public static final WindowSpec DEFAULT = new WindowSpec(1000, Duration.ofMinutes(5));

}
