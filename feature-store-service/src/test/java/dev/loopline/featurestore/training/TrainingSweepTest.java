package dev.loopline.featurestore.training;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.loopline.featurestore.assembly.RowAssembler;
import dev.loopline.featurestore.assembly.StoredEvent;
import dev.loopline.features.spec.AggregateSpec;
import dev.loopline.features.spec.FeatureSpec;
import dev.loopline.features.spec.FeatureViewSpec;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TrainingSweepTest {

	static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");

	static final FeatureViewSpec SPEC = new FeatureViewSpec("orders", 1, "orders", "customerId", "ts",
			List.of(FeatureSpec.of("amount", "amount"),
					FeatureSpec.aggregate("n_1h", new AggregateSpec("count", null, "PT1H")),
					FeatureSpec.aggregate("sum_1h", new AggregateSpec("sum", "amount", "PT1H"))));

	final List<TrainingRow> rows = new ArrayList<>();

	@Test
	void computesEachRowAsOfItsOwnEventTimeIncludingRecordsAtTheSameInstant() {
		// fed in (event time, seq) order: seq 9 arrived late but happened at +10 min
		sweep(null, event(1, "c-1", 0, 1.0, true), event(9, "c-1", 10, 100.0, null), event(2, "c-1", 20, 2.0, true),
				event(3, "c-1", 20, 4.0, true), event(4, "c-2", 30, 50.0, true), event(5, "c-1", 90, 8.0, true));
		assertThat(this.rows)
			.extracting(TrainingRow::recordId, (row) -> row.values().get("n_1h"), (row) -> row.values().get("sum_1h"))
			.containsExactly(tuple("r1", 1.0, 1.0), tuple("r2", 4.0, 107.0), tuple("r3", 4.0, 107.0),
					tuple("r4", 1.0, 50.0), tuple("r5", 1.0, 8.0));
	}

	@Test
	void leavesRowsBeforeFromOutButKeepsThemInTheHistory() {
		sweep(T0.plus(Duration.ofMinutes(20)), event(1, "c-1", 0, 1.0, true), event(2, "c-1", 20, 2.0, true));
		assertThat(this.rows).extracting(TrainingRow::recordId, (row) -> row.values().get("sum_1h"))
			.containsExactly(tuple("r2", 3.0));
		assertThat(this.rows.get(0).label()).isEqualTo(true);
		assertThat(this.rows.get(0).eventTime()).isEqualTo("2026-01-15T10:20:00Z");
	}

	private void sweep(@Nullable Instant from, StoredEvent... events) {
		TrainingSweep sweep = new TrainingSweep(new RowAssembler(SPEC), "fraud", from,
				(source, row) -> this.rows.add(row));
		for (StoredEvent event : events) {
			sweep.accept(event);
		}
		sweep.finish();
	}

	static StoredEvent event(long seq, String entity, int minutes, double amount, @Nullable Boolean label) {
		Map<String, Object> fields = new HashMap<>(Map.of("amount", amount));
		fields.put("fraud", label);
		return new StoredEvent(seq, "r" + seq, entity, T0.plus(Duration.ofMinutes(minutes)), fields);
	}

}
