package dev.loopline.features.spec;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A windowed entity aggregate, e.g. {@code {"function":"mean","source":"amount",
 * "window":"P7D"}}: the function of the source field's values over the entity's events in
 * the window {@code (asOf - window, asOf]}.
 *
 * @param function one of {@code count}, {@code sum}, {@code mean}, {@code min},
 * {@code max}, {@code last}
 * @param source the record field aggregated; optional for {@code count} (then every event
 * counts)
 * @param window the window length as an ISO-8601 duration ({@code PT1H}, {@code P7D})
 */
public record AggregateSpec(String function, @Nullable String source, String window) {

	/**
	 * Returns the function.
	 * @return the aggregate function
	 * @throws IllegalArgumentException if the function is unknown
	 */
	public AggregateFunction aggregateFunction() {
		return AggregateFunction.of(this.function)
			.orElseThrow(() -> new IllegalArgumentException("Unknown aggregate function '" + this.function + "'"));
	}

	/**
	 * Returns the window length.
	 * @return the window
	 * @throws java.time.format.DateTimeParseException if the window is not an ISO-8601
	 * duration
	 */
	public Duration windowDuration() {
		return Duration.parse(this.window);
	}

}
