package dev.loopline.training.worker;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.loopline.models.TrainingRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HoldoutSplitTest {

	private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	@Test
	void holdsOutTheFractionAndKeepsEveryRowOnce() {
		HoldoutSplit.Split split = HoldoutSplit.split(rows(100), 0.2, "random", 42);
		assertThat(split.holdout()).hasSize(20);
		assertThat(split.train()).hasSize(80);
		Set<String> ids = new HashSet<>();
		split.train().forEach((row) -> ids.add(row.recordId()));
		split.holdout().forEach((row) -> ids.add(row.recordId()));
		assertThat(ids).hasSize(100);
	}

	@Test
	void sameSeedGivesTheSameSplitAnotherSeedAnother() {
		List<String> first = ids(HoldoutSplit.split(rows(100), 0.2, "random", 42).holdout());
		List<String> again = ids(HoldoutSplit.split(rows(100), 0.2, "random", 42).holdout());
		List<String> other = ids(HoldoutSplit.split(rows(100), 0.2, "random", 7).holdout());
		assertThat(again).isEqualTo(first);
		assertThat(other).isNotEqualTo(first);
	}

	@Test
	void inputOrderDoesNotChangeTheSplit() {
		List<TrainingRow> reversed = new ArrayList<>(rows(50));
		java.util.Collections.reverse(reversed);
		assertThat(ids(HoldoutSplit.split(reversed, 0.3, "random", 1).holdout()))
			.isEqualTo(ids(HoldoutSplit.split(rows(50), 0.3, "random", 1).holdout()));
	}

	@Test
	void timeStrategyHoldsOutTheLatestRows() {
		HoldoutSplit.Split split = HoldoutSplit.split(rows(10), 0.3, "time", 42);
		assertThat(ids(split.holdout())).containsExactly("r7", "r8", "r9");
		assertThat(split.train()).allSatisfy((row) -> assertThat(row.eventTime()).isBefore(T0.plusSeconds(7)));
	}

	@Test
	void keepsAtLeastOneRowOnEachSide() {
		HoldoutSplit.Split tiny = HoldoutSplit.split(rows(2), 0.01, "random", 42);
		assertThat(tiny.holdout()).hasSize(1);
		assertThat(tiny.train()).hasSize(1);
		assertThat(HoldoutSplit.split(rows(3), 0.99, "random", 42).train()).hasSize(1);
	}

	@Test
	void refusesFewerThanTwoRows() {
		assertThatIllegalArgumentException().isThrownBy(() -> HoldoutSplit.split(rows(1), 0.2, "random", 42))
			.withMessageContaining("1 row");
	}

	private static List<TrainingRow> rows(int count) {
		List<TrainingRow> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new TrainingRow("r" + i, "e" + (i % 5), T0.plusSeconds(i), Map.of("x", (double) i), "a"));
		}
		return rows;
	}

	private static List<String> ids(List<TrainingRow> rows) {
		return rows.stream().map(TrainingRow::recordId).toList();
	}

}
