package dev.loopline.features.aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.loopline.features.spec.AggregateFunction;
import org.jspecify.annotations.Nullable;

/**
 * The recent events of one entity for one field, kept in event-time order with bounded
 * memory. It retains what the longest window needs: once the watermark (the latest event
 * time seen) has moved past an event by more than {@code retention}, the event is
 * evicted, and a late event that old is rejected. Out-of-order events inside the
 * retention are inserted in place. At most {@code maxEvents} are kept; beyond that the
 * oldest go first.
 * <p>
 * Not thread-safe: the caller serializes updates per entity (Kafka's per-key order does).
 */
public final class SlidingWindow {

	private final Duration retention;

	private final int maxEvents;

	private final List<TimedValue> events = new ArrayList<>();

	private @Nullable Instant watermark;

	private long rejected;

	private long evicted;

	/**
	 * Creates an empty window.
	 * @param retention how far behind the watermark events are kept (the longest window)
	 * @param maxEvents the most events kept
	 */
	public SlidingWindow(Duration retention, int maxEvents) {
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("retention must be positive, was " + retention);
		}
		if (maxEvents < 1) {
			throw new IllegalArgumentException("maxEvents must be >= 1, was " + maxEvents);
		}
		this.retention = retention;
		this.maxEvents = maxEvents;
	}

	/**
	 * Adds an event, possibly late.
	 * @param event the event
	 * @return {@code false} if it was too late (older than the retention behind the
	 * watermark) and was dropped
	 */
	public boolean add(TimedValue event) {
		if (this.watermark != null && !event.eventTime().isAfter(this.watermark.minus(this.retention))) {
			this.rejected++;
			return false;
		}
		int index = insertionPoint(event.eventTime());
		this.events.add(index, event);
		if (this.watermark == null || event.eventTime().isAfter(this.watermark)) {
			this.watermark = event.eventTime();
		}
		evict();
		return true;
	}

	/**
	 * Evicts events that fell out of the retention, as if the watermark were at
	 * {@code now} (for idle entities whose stream went quiet).
	 * @param now the current time
	 */
	public void advanceTo(Instant now) {
		if (this.watermark == null || now.isAfter(this.watermark)) {
			this.watermark = now;
		}
		evict();
	}

	/**
	 * Computes an aggregate over the retained events as of an instant. Exact for any
	 * {@code asOf} whose window lies within the retention behind the watermark.
	 * @param function the function
	 * @param window the window, at most the retention
	 * @param asOf the instant
	 * @param countAll for {@code count}: count every event
	 * @return the value, or {@code null} when missing
	 */
	public @Nullable Double valueAsOf(AggregateFunction function, Duration window, Instant asOf, boolean countAll) {
		return WindowAggregates.compute(function, window, this.events, asOf, countAll);
	}

	/**
	 * Returns the retained events, oldest first.
	 * @return an unmodifiable snapshot
	 */
	public List<TimedValue> events() {
		return List.copyOf(this.events);
	}

	public @Nullable Instant watermark() {
		return this.watermark;
	}

	/**
	 * Returns how many late events were rejected.
	 * @return the count
	 */
	public long rejected() {
		return this.rejected;
	}

	/**
	 * Returns how many events were evicted by time or by the size cap.
	 * @return the count
	 */
	public long evicted() {
		return this.evicted;
	}

	/**
	 * Whether no events are retained.
	 * @return {@code true} if empty
	 */
	public boolean isEmpty() {
		return this.events.isEmpty();
	}

	private int insertionPoint(Instant time) {
		int low = 0;
		int high = this.events.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (this.events.get(middle).eventTime().isAfter(time)) {
				high = middle;
			}
			else {
				low = middle + 1;
			}
		}
		return low;
	}

	private void evict() {
		Instant horizon = (this.watermark != null) ? this.watermark.minus(this.retention) : null;
		int drop = 0;
		while (drop < this.events.size() && (this.events.size() - drop > this.maxEvents
				|| (horizon != null && !this.events.get(drop).eventTime().isAfter(horizon)))) {
			drop++;
		}
		if (drop > 0) {
			this.events.subList(0, drop).clear();
			this.evicted += drop;
		}
	}

	@Override
	public String toString() {
		return "SlidingWindow" + Collections.unmodifiableList(this.events);
	}

}
