package dev.loopline.featurestore.materialization;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.loopline.featurestore.offline.OfflineRow;
import dev.loopline.featurestore.online.OnlineRow;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * The materialization metrics: {@code loopline.features.rows.materialized{dataset}}
 * (offline rows appended, duplicates not counted) and
 * {@code loopline.feature.freshness{view}} in seconds (now minus the newest event time
 * materialized for the view in this instance).
 */
@Component
class MaterializationMetrics {

	private final MeterRegistry registry;

	private final Map<String, Instant> newest = new ConcurrentHashMap<>();

	private final Clock clock = Clock.systemUTC();

	MaterializationMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void appended(List<OfflineRow> rows) {
		rows.stream()
			.map(OfflineRow::dataset)
			.distinct()
			.forEach((dataset) -> Counter.builder("loopline.features.rows.materialized")
				.description("Records appended to the offline store")
				.tag("dataset", dataset)
				.register(this.registry)
				.increment(rows.stream().filter((row) -> row.dataset().equals(dataset)).count()));
	}

	void materialized(List<OnlineRow> rows) {
		for (OnlineRow row : rows) {
			Instant before = this.newest.get(row.view());
			if (before == null) {
				Gauge.builder("loopline.feature.freshness", this.newest, (times) -> age(times.get(row.view())))
					.description("Seconds since the newest event time materialized for the view")
					.baseUnit("seconds")
					.tag("view", row.view())
					.register(this.registry);
			}
			this.newest.merge(row.view(), row.eventTime(), (a, b) -> a.isAfter(b) ? a : b);
		}
	}

	private double age(Instant newest) {
		return (newest != null) ? (this.clock.millis() - newest.toEpochMilli()) / 1000.0 : Double.NaN;
	}

}
