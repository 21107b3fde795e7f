package dev.loopline.featurestore.assembly;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.loopline.features.spec.AggregateSpec;
import dev.loopline.features.spec.FeatureSpec;
import dev.loopline.features.spec.FeatureViewSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class RowAssemblerTest {

	static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");

	static final FeatureViewSpec SPEC = new FeatureViewSpec("orders", 1, "orders", "customerId", "ts",
			List.of(FeatureSpec.of("amount", "amount"), FeatureSpec.of("hour", "ts"), FeatureSpec.of("ts_again", "ts"),
					FeatureSpec.aggregate("n_1h", new AggregateSpec("count", null, "PT1H")),
					FeatureSpec.aggregate("sum_2h", new AggregateSpec("sum", "amount", "PT2H")),
					FeatureSpec.aggregate("mean_1h", new AggregateSpec("mean", "amount", "PT1H")),
					FeatureSpec.aggregate("min_1h", new AggregateSpec("min", "amount", "PT1H")),
					FeatureSpec.aggregate("max_1h", new AggregateSpec("max", "amount", "PT1H")),
					FeatureSpec.aggregate("last_1h", new AggregateSpec("last", "amount", "PT1H"))));

	final RowAssembler assembler = new RowAssembler(SPEC);

	@Test
	void knowsItsColumnsAndLookback() {
		assertThat(this.assembler.sourceColumns()).containsExactly("amount", "ts");
		assertThat(this.assembler.valueColumns()).containsExactly("amount", "ts", "n_1h", "sum_2h", "mean_1h", "min_1h",
				"max_1h", "last_1h");
		assertThat(this.assembler.lookback()).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void computesAggregatesOverTheHalfOpenWindowAndNeverLater() {
		List<StoredEvent> history = List.of(event(1, -90, 100.0), event(2, -30, 10.0), event(3, -60, 5.0),
				event(4, 0, 2.0), event(5, 10, 1000.0));
		Map<String, Double> values = this.assembler.aggregatesAsOf(history, T0);
		// -60 min is outside (t - 1h, t]; +10 min is after t
		assertThat(values).containsExactly(entry("n_1h", 2.0), entry("sum_2h", 117.0), entry("mean_1h", 6.0),
				entry("min_1h", 2.0), entry("max_1h", 10.0), entry("last_1h", 2.0));
	}

	@Test
	void givesZeroCountsAndMissingValuesOverAnEmptyWindow() {
		Map<String, Double> values = this.assembler.aggregatesAsOf(List.of(), T0);
		assertThat(values.get("n_1h")).isZero();
		assertThat(values.get("sum_2h")).isZero();
		assertThat(values.get("mean_1h")).isNull();
		assertThat(values.get("last_1h")).isNull();
	}

	@Test
	void keysOnlineValuesByFeatureAndTrainingValuesBySourceField() {
		Map<String, Object> fields = Map.of("amount", 12.5, "ts", "2026-01-15T10:00:00Z", "other", "x");
		Map<String, Double> aggregates = this.assembler.aggregatesAsOf(List.of(event(1, 0, 12.5)), T0);
		assertThat(this.assembler.featureValues(fields, aggregates)).containsEntry("amount", 12.5)
			.containsEntry("hour", "2026-01-15T10:00:00Z")
			.containsEntry("ts_again", "2026-01-15T10:00:00Z")
			.containsEntry("n_1h", 1.0)
			.doesNotContainKey("other");
		assertThat(this.assembler.trainingValues(fields, aggregates).keySet()).containsExactly("amount", "ts", "n_1h",
				"sum_2h", "mean_1h", "min_1h", "max_1h", "last_1h");
	}

	static StoredEvent event(long seq, int minutes, double amount) {
		return new StoredEvent(seq, "r" + seq, "c-1", T0.plus(Duration.ofMinutes(minutes)), Map.of("amount", amount));
	}

}
