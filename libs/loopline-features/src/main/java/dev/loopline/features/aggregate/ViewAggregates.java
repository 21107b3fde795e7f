package dev.loopline.features.aggregate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
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
 * Computes a view's aggregate features point-in-time from one entity's full history of
 * records: what the offline store uses to build a training set and to backfill. Records
 * whose event time is missing or not a date-time are skipped.
 */
public final class ViewAggregates {

	private ViewAggregates() {
	}

	/**
	 * Computes every aggregate feature of a view as of an instant.
	 * @param spec the view, validated first
	 * @param history the entity's records, in any order, possibly including records after
	 * {@code asOf} (they are ignored)
	 * @param asOf the instant
	 * @return aggregate values by feature name, in spec order; {@code null} when missing
	 */
	public static Map<String, @Nullable Double> asOf(FeatureViewSpec spec, Iterable<? extends Map<String, ?>> history,
			Instant asOf) {
		FeatureViewSpecs.requireValid(spec);
		Map<String, @Nullable Double> values = new LinkedHashMap<>();
		for (FeatureSpec feature : spec.aggregateFeatures()) {
			AggregateSpec aggregate = feature.aggregate();
			List<TimedValue> events = events(spec, history, aggregate.source());
			values.put(feature.name(), WindowAggregates.compute(aggregate.aggregateFunction(),
					aggregate.windowDuration(), events, asOf, aggregate.source() == null));
		}
		return Collections.unmodifiableMap(values);
	}

	static List<TimedValue> events(FeatureViewSpec spec, Iterable<? extends Map<String, ?>> history,
			@Nullable String source) {
		List<TimedValue> events = new ArrayList<>();
		for (Map<String, ?> record : history) {
			TimedValue event = event(spec, record, source);
			if (event != null) {
				events.add(event);
			}
		}
		return events;
	}

	static @Nullable TimedValue event(FeatureViewSpec spec, Map<String, ?> record, @Nullable String source) {
		Instant time = Values.toInstant(record.get(spec.eventTimeField()), ZoneOffset.UTC);
		if (time == null) {
			return null;
		}
		double value = (source != null) ? Values.toDouble(record.get(source)) : Double.NaN;
		return new TimedValue(time, Double.isNaN(value) ? null : value);
	}

}
