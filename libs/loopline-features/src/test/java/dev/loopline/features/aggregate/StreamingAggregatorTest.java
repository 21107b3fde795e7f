package dev.loopline.features.aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.loopline.features.spec.AggregateSpec;
import dev.loopline.features.spec.FeatureSpec;
import dev.loopline.features.spec.FeatureViewSpec;
import org.junit.jupiter.api.Test;

import static dev.loopline.features.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link StreamingAggregator} and {@link ViewAggregates}: the streaming result
 * equals the point-in-time result over the full history.
 */
class StreamingAggregatorTest {

	private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

	private static final FeatureViewSpec SPEC = new FeatureViewSpec("v", 1, "orders", "customerId", "at",
			List.of(FeatureSpec.of("amount", "amount"),
					FeatureSpec.aggregate("amount_sum_1d", new AggregateSpec("sum", "amount", "P1D")),
					FeatureSpec.aggregate("amount_mean_7d", new AggregateSpec("mean", "amount", "P7D")),
					FeatureSpec.aggregate("amount_max_1h", new AggregateSpec("max", "amount", "PT1H")),
					FeatureSpec.aggregate("amount_last_1d", new AggregateSpec("last", "amount", "P1D")),
					FeatureSpec.aggregate("orders_1d", new AggregateSpec("count", null, "P1D"))));

	@Test
	void streamingMatchesPointInTimeOverFullHistoryWithShuffledLateEvents() {
		Random random = new Random(5);
		List<Map<String, Object>> history = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			history.add(row("customerId", "c1", "at", T0.plus(Duration.ofMinutes(37L * i)).toString(), "amount",
					(i % 9 == 0) ? null : Math.round(random.nextDouble() * 1000) / 10.0));
		}
		List<Map<String, Object>> arrival = new ArrayList<>(history);
		for (int i = 0; i + 5 < arrival.size(); i += 6) {
			Collections.reverse(arrival.subList(i, i + 6));
		}
		StreamingAggregator aggregator = new StreamingAggregator(SPEC, 10_000);
		arrival.forEach((record) -> assertThat(aggregator.accept(record)).isTrue());
		Instant asOf = T0.plus(Duration.ofMinutes(37L * 299));
		Map<String, Double> streamed = aggregator.valuesAsOf("c1", asOf);
		Map<String, Double> pointInTime = ViewAggregates.asOf(SPEC, history, asOf);
		assertThat(streamed.keySet()).containsExactly("amount_sum_1d", "amount_mean_7d", "amount_max_1h",
				"amount_last_1d", "orders_1d");
		streamed.forEach((name, value) -> assertThat(value).as(name).isCloseTo(pointInTime.get(name), within(1e-9)));
		assertThat(aggregator.window("c1", "amount").events()).hasSizeLessThanOrEqualTo(7 * 24 * 60 / 37 + 2);
	}

	/**
	 * The 1-hour window as of 12:00 is (11:00, 12:00]: the 11:00 event is outside it.
	 */
	@Test
	void pointInTimeIgnoresRecordsAfterAsOf() {
		List<Map<String, Object>> history = List.of(row("at", "2026-03-01T10:00:00Z", "amount", 10),
				row("at", "2026-03-01T11:00:00Z", "amount", 20), row("at", "2026-03-01T12:00:01Z", "amount", 999),
				row("at", "not a time", "amount", 5));
		Map<String, Double> values = ViewAggregates.asOf(SPEC, history, Instant.parse("2026-03-01T12:00:00Z"));
		assertThat(values).containsEntry("amount_sum_1d", 30.0)
			.containsEntry("amount_mean_7d", 15.0)
			.containsEntry("amount_max_1h", null)
			.containsEntry("amount_last_1d", 20.0)
			.containsEntry("orders_1d", 2.0);
	}

	@Test
	void unknownEntityHasZeroCountsAndMissingStatistics() {
		Map<String, Double> values = new StreamingAggregator(SPEC, 10).valuesAsOf("nobody", T0);
		assertThat(values).containsEntry("amount_sum_1d", 0.0)
			.containsEntry("orders_1d", 0.0)
			.containsEntry("amount_mean_7d", null)
			.containsEntry("amount_last_1d", null);
	}

	@Test
	void rejectsRecordsWithoutEntityOrTimeAndTooLateOnes() {
		StreamingAggregator aggregator = new StreamingAggregator(SPEC, 100);
		assertThat(aggregator.accept(row("at", T0.toString(), "amount", 1))).isFalse();
		assertThat(aggregator.accept(row("customerId", "c1", "amount", 1))).isFalse();
		assertThat(aggregator.accept(row("customerId", "c1", "at", T0.plus(Duration.ofDays(10)).toString()))).isTrue();
		assertThat(aggregator.accept(row("customerId", "c1", "at", T0.toString(), "amount", 1))).isFalse();
	}

	@Test
	void evictsIdleEntities() {
		StreamingAggregator aggregator = new StreamingAggregator(SPEC, 100);
		aggregator.accept(row("customerId", "c1", "at", T0.toString(), "amount", 1));
		aggregator.accept(row("customerId", "c2", "at", T0.plus(Duration.ofDays(6)).toString(), "amount", 1));
		aggregator.advanceTo(T0.plus(Duration.ofDays(8)));
		assertThat(aggregator.entityCount()).isEqualTo(1);
		assertThat(aggregator.window("c1", "amount")).isNull();
		assertThat(aggregator.valuesAsOf("c2", T0.plus(Duration.ofDays(8)))).containsEntry("amount_mean_7d", 1.0)
			.containsEntry("orders_1d", 0.0);
	}

}
