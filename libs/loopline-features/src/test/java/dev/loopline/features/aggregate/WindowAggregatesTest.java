package dev.loopline.features.aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import dev.loopline.features.spec.AggregateFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Tests for {@link WindowAggregates}: every function over a sliding window, point in
 * time.
 */
class WindowAggregatesTest {

	private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

	private static final Duration DAY = Duration.ofDays(1);

	/**
	 * Out of order on purpose; one missing value; one event on the window's open start
	 * (+24h as of +48h), one after the cut.
	 */
	private static final List<TimedValue> HISTORY = List.of(at(30, 5.0), at(0, 100.0), at(10, 1.0), at(40, null),
			at(25, 3.0), at(50, 1000.0), at(24, 7.0));

	static Stream<Arguments> cases() {
		Instant asOf = T0.plus(Duration.ofHours(48));
		return Stream.of(arguments(AggregateFunction.COUNT, asOf, false, 2.0),
				arguments(AggregateFunction.COUNT, asOf, true, 3.0), arguments(AggregateFunction.SUM, asOf, false, 8.0),
				arguments(AggregateFunction.MEAN, asOf, false, 4.0), arguments(AggregateFunction.MIN, asOf, false, 3.0),
				arguments(AggregateFunction.MAX, asOf, false, 5.0), arguments(AggregateFunction.LAST, asOf, false, 5.0),
				arguments(AggregateFunction.COUNT, T0.minusSeconds(1), true, 0.0),
				arguments(AggregateFunction.SUM, T0.minusSeconds(1), false, 0.0),
				arguments(AggregateFunction.MEAN, T0.minusSeconds(1), false, null),
				arguments(AggregateFunction.MIN, T0.minusSeconds(1), false, null),
				arguments(AggregateFunction.MAX, T0.minusSeconds(1), false, null),
				arguments(AggregateFunction.LAST, T0.minusSeconds(1), false, null),
				arguments(AggregateFunction.LAST, T0.plus(Duration.ofHours(25)), false, 3.0),
				arguments(AggregateFunction.COUNT, T0.plus(Duration.ofHours(24)), true, 2.0),
				arguments(AggregateFunction.MAX, T0.plus(Duration.ofHours(60)), false, 1000.0));
	}

	@ParameterizedTest(name = "{0} as of {1} (count all: {2}) = {3}")
	@MethodSource("cases")
	void computesAggregateAsOfInstant(AggregateFunction function, Instant asOf, boolean countAll, Double expected) {
		assertThat(WindowAggregates.compute(function, DAY, HISTORY, asOf, countAll)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "event at +{0}h")
	@MethodSource("boundaries")
	void windowIsOpenAtStartAndClosedAtEnd(int hours, boolean inside) {
		assertThat(WindowAggregates.inWindow(T0.plus(Duration.ofHours(hours)), DAY, T0.plus(Duration.ofHours(48))))
			.isEqualTo(inside);
	}

	static Stream<Arguments> boundaries() {
		return Stream.of(arguments(24, false), arguments(25, true), arguments(48, true), arguments(49, false));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("nothingAfterAsOf")
	void eventsAfterAsOfNeverCount(AggregateFunction function) {
		Instant asOf = T0.plus(Duration.ofHours(12));
		List<TimedValue> withFuture = List.of(at(10, 1.0), at(13, 1e9), at(11, 2.0), at(12, 3.0));
		List<TimedValue> pastOnly = List.of(at(10, 1.0), at(11, 2.0), at(12, 3.0));
		assertThat(WindowAggregates.compute(function, DAY, withFuture, asOf, true))
			.isEqualTo(WindowAggregates.compute(function, DAY, pastOnly, asOf, true));
	}

	static Stream<AggregateFunction> nothingAfterAsOf() {
		return Stream.of(AggregateFunction.values());
	}

	static TimedValue at(int hours, Double value) {
		return new TimedValue(T0.plus(Duration.ofHours(hours)), value);
	}

}
