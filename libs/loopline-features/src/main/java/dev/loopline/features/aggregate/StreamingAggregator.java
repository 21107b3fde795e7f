package dev.loopline.features.aggregate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.loopline.features.Values;
import dev.loopline.features.spec.AggregateSpec;
import dev.loopline.features.spec.FeatureSpec;
import dev.loopline.features.spec.FeatureViewSpec;
import dev.loopline.features.spec.FeatureViewSpecs;
import org.jspecify.annotations.Nullable;

/**
 * Maintains a view's aggregate features incrementally from a stream of records: one
 * {@link SlidingWindow} per entity and aggregated field (source-less counts share one),
 * retaining the longest window over that field and at most {@code maxEventsPerEntity}
 * events, so memory per entity is bounded. Late events are placed in order while they are
 * within the retention and dropped after. {@link #advanceTo(Instant)} evicts by wall time
 * and forgets entities with nothing left.
 * <p>
 * Not thread-safe: feed one entity's records from one thread (Kafka keys by entity).
 */
public final class StreamingAggregator {

	private static final String ALL_EVENTS = "";

	private final FeatureViewSpec spec;

	private final int maxEventsPerEntity;

	private final Map<String, Duration> retentions = new LinkedHashMap<>();

	private final Map<String, Map<String, SlidingWindow>> entities = new HashMap<>();

	/**
	 * Creates an aggregator for a view.
	 * @param spec the view, validated first
	 * @param maxEventsPerEntity the most events kept per entity and field
	 */
	public StreamingAggregator(FeatureViewSpec spec, int maxEventsPerEntity) {
		this.spec = FeatureViewSpecs.requireValid(spec);
		this.maxEventsPerEntity = maxEventsPerEntity;
		for (FeatureSpec feature : spec.aggregateFeatures()) {
			AggregateSpec aggregate = feature.aggregate();
			this.retentions.merge(key(aggregate), aggregate.windowDuration(), (a, b) -> (a.compareTo(b) >= 0) ? a : b);
		}
	}

	/**
	 * Adds a record to its entity's windows.
	 * @param record the record, with the entity key and event time fields
	 * @return {@code false} if the record lacks an entity or a valid event time, or was
	 * too late for a window (then it counts in none of the windows that rejected it)
	 */
	public boolean accept(Map<String, ?> record) {
		String entity = Values.toCategory(record.get(this.spec.entityKey()));
		if (entity == null || Values.toInstant(record.get(this.spec.eventTimeField()), ZoneOffset.UTC) == null) {
			return false;
		}
		Map<String, SlidingWindow> windows = this.entities.computeIfAbsent(entity, (id) -> new HashMap<>());
		boolean accepted = true;
		for (Map.Entry<String, Duration> retention : this.retentions.entrySet()) {
			String source = retention.getKey().equals(ALL_EVENTS) ? null : retention.getKey();
			TimedValue event = ViewAggregates.event(this.spec, record, source);
			SlidingWindow window = windows.computeIfAbsent(retention.getKey(),
					(field) -> new SlidingWindow(retention.getValue(), this.maxEventsPerEntity));
			accepted &= window.add(event);
		}
		return accepted;
	}

	/**
	 * Computes an entity's aggregate features as of an instant (usually its latest event
	 * time or now). An unknown entity has count and sum 0 and the others missing.
	 * @param entity the entity id
	 * @param asOf the instant
	 * @return aggregate values by feature name, in spec order; {@code null} when missing
	 */
	public Map<String, @Nullable Double> valuesAsOf(String entity, Instant asOf) {
		Map<String, SlidingWindow> windows = this.entities.getOrDefault(entity, Map.of());
		Map<String, @Nullable Double> values = new LinkedHashMap<>();
		for (FeatureSpec feature : this.spec.aggregateFeatures()) {
			AggregateSpec aggregate = feature.aggregate();
			SlidingWindow window = windows.get(key(aggregate));
			values.put(feature.name(),
					WindowAggregates.compute(aggregate.aggregateFunction(), aggregate.windowDuration(),
							(window != null) ? window.events() : List.of(), asOf, aggregate.source() == null));
		}
		return Collections.unmodifiableMap(values);
	}

	/**
	 * Evicts what fell out of every window by {@code now} and forgets empty entities.
	 * @param now the current time
	 */
	public void advanceTo(Instant now) {
		this.entities.values().removeIf((windows) -> {
			windows.values().forEach((window) -> window.advanceTo(now));
			return windows.values().stream().allMatch(SlidingWindow::isEmpty);
		});
	}

	/**
	 * Returns how many entities have retained events.
	 * @return the entity count
	 */
	public int entityCount() {
		return this.entities.size();
	}

	/**
	 * Returns an entity's window over a field, for inspection.
	 * @param entity the entity id
	 * @param source the aggregated field, or {@code null} for source-less counts
	 * @return the window, or {@code null} if none
	 */
	public @Nullable SlidingWindow window(String entity, @Nullable String source) {
		return this.entities.getOrDefault(entity, Map.of()).get((source != null) ? source : ALL_EVENTS);
	}

	private static String key(AggregateSpec aggregate) {
		return (aggregate.source() != null) ? aggregate.source() : ALL_EVENTS;
	}

}
