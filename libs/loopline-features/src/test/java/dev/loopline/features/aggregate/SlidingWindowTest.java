package dev.loopline.features.aggregate;

import java.time.Duration;
import java.time.Instant;

import dev.loopline.features.spec.AggregateFunction;
import org.junit.jupiter.api.Test;

import static dev.loopline.features.aggregate.WindowAggregatesTest.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SlidingWindow}: ordering of late events, eviction and bounded memory.
 */
class SlidingWindowTest {

	private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

	private static final Duration DAY = Duration.ofDays(1);

	@Test
	void insertsOutOfOrderEventsInEventTimeOrder() {
		SlidingWindow window = new SlidingWindow(DAY, 100);
		window.add(at(5, 5.0));
		window.add(at(1, 1.0));
		window.add(at(3, 3.0));
		window.add(at(3, 33.0));
		assertThat(window.events()).extracting(TimedValue::value).containsExactly(1.0, 3.0, 33.0, 5.0);
		assertThat(window.valueAsOf(AggregateFunction.LAST, DAY, T0.plus(Duration.ofHours(4)), false)).isEqualTo(33.0);
		assertThat(window.watermark()).isEqualTo(T0.plus(Duration.ofHours(5)));
	}

	@Test
	void evictsEventsThatFellOutOfTheRetention() {
		SlidingWindow window = new SlidingWindow(DAY, 100);
		window.add(at(0, 1.0));
		window.add(at(10, 2.0));
		window.add(at(30, 3.0));
		assertThat(window.events()).extracting(TimedValue::value).containsExactly(2.0, 3.0);
		assertThat(window.evicted()).isEqualTo(1);
		assertThat(window.valueAsOf(AggregateFunction.SUM, DAY, T0.plus(Duration.ofHours(30)), false)).isEqualTo(5.0);
	}

	@Test
	void acceptsLateEventsInsideRetentionAndRejectsOlderOnes() {
		SlidingWindow window = new SlidingWindow(DAY, 100);
		window.add(at(30, 3.0));
		assertThat(window.add(at(7, 7.0))).isTrue();
		assertThat(window.add(at(6, 6.0))).isFalse();
		assertThat(window.rejected()).isEqualTo(1);
		assertThat(window.valueAsOf(AggregateFunction.COUNT, DAY, T0.plus(Duration.ofHours(30)), true)).isEqualTo(2.0);
	}

	@Test
	void keepsAtMostMaxEventsDroppingTheOldest() {
		SlidingWindow window = new SlidingWindow(DAY, 3);
		for (int i = 0; i < 10; i++) {
			window.add(at(i, (double) i));
		}
		assertThat(window.events()).extracting(TimedValue::value).containsExactly(7.0, 8.0, 9.0);
		assertThat(window.evicted()).isEqualTo(7);
	}

	@Test
	void advancingWallTimeEmptiesAnIdleWindow() {
		SlidingWindow window = new SlidingWindow(DAY, 10);
		window.add(at(1, 1.0));
		window.advanceTo(T0.plus(Duration.ofHours(24)));
		assertThat(window.isEmpty()).isFalse();
		window.advanceTo(T0.plus(Duration.ofHours(25)));
		assertThat(window.isEmpty()).isTrue();
	}

}
