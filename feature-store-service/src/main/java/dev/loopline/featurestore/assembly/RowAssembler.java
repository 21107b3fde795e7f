package dev.loopline.featurestore.assembly;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.loopline.features.Values;
import dev.loopline.features.aggregate.TimedValue;
import dev.loopline.features.aggregate.WindowAggregates;
import dev.loopline.features.spec.AggregateSpec;
import dev.loopline.features.spec.FeatureSpec;
import dev.loopline.features.spec.FeatureViewSpec;
import org.jspecify.annotations.Nullable;

/**
 * Builds a view's feature inputs for one record: its own source field values plus the
 * view's windowed aggregates computed point-in-time from the entity's history, with
 * loopline-features' {@link WindowAggregates} (window {@code (asOf - window, asOf]}, so
 * nothing later than {@code asOf} ever counts). The event time is the store's, i.e. the
 * record's event time as validation determined it. One code path for the online store (as
 * of the entity's newest record) and for training rows (as of each row's own event time),
 * so serving sees exactly what a training row of the same record contained.
 */
public final class RowAssembler {

	private final FeatureViewSpec spec;

	private final List<String> sourceColumns;

	private final Duration lookback;

	public RowAssembler(FeatureViewSpec spec) {
		this.spec = spec;
		LinkedHashSet<String> sources = new LinkedHashSet<>();
		Duration longest = Duration.ZERO;
		for (FeatureSpec feature : spec.features()) {
			if (feature.source() != null) {
				sources.add(feature.source());
			}
			else if (feature.aggregate() != null && feature.aggregate().windowDuration().compareTo(longest) > 0) {
				longest = feature.aggregate().windowDuration();
			}
		}
		this.sourceColumns = List.copyOf(sources);
		this.lookback = longest;
	}

	public FeatureViewSpec spec() {
		return this.spec;
	}

	/** The longest aggregate window: how much history behind a record matters. */
	public Duration lookback() {
		return this.lookback;
	}

	/** The record fields the view reads, in spec order, without repeats. */
	public List<String> sourceColumns() {
		return this.sourceColumns;
	}

	/** The record fields the aggregates read, without repeats. */
	public List<String> aggregateSources() {
		return this.spec.aggregateFeatures()
			.stream()
			.map((feature) -> feature.aggregate().source())
			.filter((source) -> source != null)
			.distinct()
			.toList();
	}

	/** The columns of a training row's values: source fields, then aggregate features. */
	public List<String> valueColumns() {
		List<String> columns = new ArrayList<>(this.sourceColumns);
		this.spec.aggregateFeatures().forEach((feature) -> columns.add(feature.name()));
		return columns;
	}

	/**
	 * Computes the aggregate features as of an instant.
	 * @param history the entity's events in any order; events after {@code asOf} are
	 * ignored
	 * @param asOf the instant
	 * @return values by feature name in spec order, {@code null} when missing
	 */
	public Map<String, @Nullable Double> aggregatesAsOf(Collection<StoredEvent> history, Instant asOf) {
		Map<String, @Nullable Double> values = new LinkedHashMap<>();
		for (FeatureSpec feature : this.spec.aggregateFeatures()) {
			AggregateSpec aggregate = feature.aggregate();
			List<TimedValue> events = new ArrayList<>(history.size());
			for (StoredEvent event : history) {
				events.add(new TimedValue(event.eventTime(), value(event, aggregate.source())));
			}
			values.put(feature.name(), WindowAggregates.compute(aggregate.aggregateFunction(),
					aggregate.windowDuration(), events, asOf, aggregate.source() == null));
		}
		return values;
	}

	/**
	 * The online form: one value per feature name, in spec order (a plain feature's
	 * source value, an aggregate feature's value).
	 */
	public Map<String, @Nullable Object> featureValues(Map<String, ?> fields,
			Map<String, @Nullable Double> aggregates) {
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		for (FeatureSpec feature : this.spec.features()) {
			values.put(feature.name(),
					(feature.source() != null) ? fields.get(feature.source()) : aggregates.get(feature.name()));
		}
		return Collections.unmodifiableMap(values);
	}

	/**
	 * The training form, what {@code FittedPipeline.vectorize(row, aggregates)} reads:
	 * the source fields by field name, then the aggregates by feature name.
	 */
	public Map<String, @Nullable Object> trainingValues(Map<String, ?> fields,
			Map<String, @Nullable Double> aggregates) {
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		this.sourceColumns.forEach((source) -> values.put(source, fields.get(source)));
		values.putAll(aggregates);
		return values;
	}

	private static @Nullable Double value(StoredEvent event, @Nullable String source) {
		if (source == null) {
			return null;
		}
		double value = Values.toDouble(event.fields().get(source));
		return Double.isNaN(value) ? null : value;
	}

}
