package dev.loopline.features.aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.DoubleSummaryStatistics;

import dev.loopline.features.spec.AggregateFunction;
import org.jspecify.annotations.Nullable;

/**
 * Computes a windowed aggregate as of an instant: over the events with
 * {@code asOf - window < eventTime <= asOf}. Events after {@code asOf} never count (point
 * in time), whatever order they come in. {@code count} counts events with a value (every
 * event when the aggregate has no source); the other functions skip missing values; over
 * an empty window {@code count} and {@code sum} are 0, the others {@code null}. Sums use
 * the JDK's compensated {@link DoubleSummaryStatistics}.
 */
public final class WindowAggregates {

	private WindowAggregates() {
	}

	/**
	 * Whether an event time falls in the window ending at {@code asOf}.
	 * @param eventTime the event time
	 * @param window the window length
	 * @param asOf the window's end, inclusive
	 * @return {@code true} if {@code asOf - window < eventTime <= asOf}
	 */
	public static boolean inWindow(Instant eventTime, Duration window, Instant asOf) {
		return !eventTime.isAfter(asOf) && eventTime.isAfter(asOf.minus(window));
	}

	/**
	 * Computes an aggregate over a history in any order.
	 * @param function the function
	 * @param window the window length
	 * @param history the entity's events, in any order
	 * @param asOf the instant the value is computed for
	 * @param countAll for {@code count}: count every event rather than events with a
	 * value
	 * @return the value, or {@code null} when missing
	 */
	public static @Nullable Double compute(AggregateFunction function, Duration window, Iterable<TimedValue> history,
			Instant asOf, boolean countAll) {
		DoubleSummaryStatistics statistics = new DoubleSummaryStatistics();
		long events = 0;
		TimedValue last = null;
		for (TimedValue event : history) {
			if (!inWindow(event.eventTime(), window, asOf)) {
				continue;
			}
			events++;
			if (event.value() != null) {
				statistics.accept(event.value());
				if (last == null || !event.eventTime().isBefore(last.eventTime())) {
					last = event;
				}
			}
		}
		return switch (function) {
			case COUNT -> (double) (countAll ? events : statistics.getCount());
			case SUM -> statistics.getSum();
			case MEAN -> (statistics.getCount() > 0) ? statistics.getAverage() : null;
			case MIN -> (statistics.getCount() > 0) ? statistics.getMin() : null;
			case MAX -> (statistics.getCount() > 0) ? statistics.getMax() : null;
			case LAST -> (last != null) ? last.value() : null;
		};
	}

}
