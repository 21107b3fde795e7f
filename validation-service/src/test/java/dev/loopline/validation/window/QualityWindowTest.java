package dev.loopline.validation.window;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.loopline.validation.contract.ContractDefinition;
import dev.loopline.validation.contract.ExpectationSpec;
import dev.loopline.validation.contract.FieldSpec;
import dev.loopline.validation.contract.WindowSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class QualityWindowTest {

	private static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");

	private static QualityWindow window(ExpectationSpec spec, WindowSpec window) {
		ContractDefinition contract = new ContractDefinition(List.of(new FieldSpec("id", "string", true),
				new FieldSpec("x", "number", false), new FieldSpec("c", "string", false)), "id", null, null,
				List.of(spec), window);
		return new QualityWindow(contract, 1);
	}

	/** Feeds values of x (null allowed) one per second; returns all breaches. */
	private static List<Breach> feed(QualityWindow window, List<Object> values) {
		List<Breach> breaches = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			Map<String, Object> typed = new HashMap<>();
			if (values.get(i) != null) {
				typed.put("x", values.get(i));
				typed.put("c", values.get(i).toString());
			}
			breaches.addAll(window.add(typed, T0.plusSeconds(i)));
		}
		return breaches;
	}

	private static List<Object> values(Object... values) {
		return java.util.Arrays.asList(values);
	}

	static Stream<Arguments> rules() {
		WindowSpec four = new WindowSpec(4, null);
		ExpectationSpec between = ExpectationSpec.of("between", "x").withBounds(0.0, 10.0);
		return Stream.of(Arguments.of(between.withMostly(0.75), values(1.0, 2.0, 3.0, 50.0), 0, null),
				Arguments.of(between.withMostly(0.8), values(1.0, 2.0, 3.0, 50.0), 1, 0.75),
				Arguments.of(between.withMostly(1.0), values(1.0, null, null, 2.0), 0, null),
				Arguments.of(ExpectationSpec.of("null_rate", "x").withBounds(null, 0.25), values(1.0, null, 2.0, 3.0),
						0, null),
				Arguments.of(ExpectationSpec.of("null_rate", "x").withBounds(null, 0.25), values(1.0, null, null, 3.0),
						1, 0.5),
				Arguments.of(ExpectationSpec.of("mean_between", "x").withBounds(1.0, 3.0), values(1.0, 2.0, 3.0, 2.0),
						0, null),
				Arguments.of(ExpectationSpec.of("mean_between", "x").withBounds(1.0, 3.0), values(1.0, 2.0, 3.0, 10.0),
						1, 4.0),
				Arguments.of(ExpectationSpec.of("stddev_between", "x").withBounds(null, 1.0),
						values(1.0, 1.0, 1.0, 1.0), 0, null),
				Arguments.of(ExpectationSpec.of("stddev_between", "x").withBounds(0.5, null),
						values(1.0, 1.0, 1.0, 1.0), 1, 0.0),
				Arguments.of(ExpectationSpec.of("distinct_count_between", "c").withBounds(null, 2.0),
						values(1.0, 2.0, 1.0, 2.0), 0, null),
				Arguments.of(ExpectationSpec.of("distinct_count_between", "c").withBounds(null, 2.0),
						values(1.0, 2.0, 3.0, 4.0), 1, 3.0),
				Arguments.of(new ExpectationSpec("quantile_between", "x", 0.0, 5.0, null, null, null, null, 0.5, null,
						null, null), values(1.0, 2.0, 3.0, 100.0), 0, null),
				Arguments.of(new ExpectationSpec("quantile_between", "x", 0.0, 5.0, null, null, null, null, 0.99, null,
						null, null), values(1.0, 2.0, 3.0, 100.0), 1, 100.0));
	}

	@ParameterizedTest
	@MethodSource("rules")
	void raisesOneBreachPerFailedRulePerWindow(ExpectationSpec spec, List<Object> values, int breaches,
			Double observed) {
		List<Breach> found = feed(window(spec, new WindowSpec(4, null)), values);
		assertThat(found).hasSize(breaches);
		if (observed != null) {
			assertThat(found.get(0).observed()).isEqualTo(observed);
			assertThat(found.get(0).windowStart()).isEqualTo(T0);
		}
	}

	@Test
	void closesTimeWindowsWhenARecordArrivesAfterTheirEnd() {
		ExpectationSpec rowCount = ExpectationSpec.of("row_count", null).withBounds(3.0, null);
		QualityWindow window = window(rowCount, new WindowSpec(null, Duration.ofSeconds(10)));
		assertThat(window.add(Map.of(), T0)).isEmpty();
		assertThat(window.add(Map.of(), T0.plusSeconds(5))).isEmpty();
		List<Breach> breaches = window.add(Map.of(), T0.plusSeconds(12));
		assertThat(breaches).singleElement().satisfies((breach) -> {
			assertThat(breach.observed()).isEqualTo(2.0);
			assertThat(breach.threshold()).isEqualTo(3.0);
			assertThat(breach.windowEnd()).isEqualTo(T0.plusSeconds(10));
		});
	}

	@Test
	void startsAFreshWindowAfterClosing() {
		ExpectationSpec spec = ExpectationSpec.of("between", "x").withBounds(0.0, 1.0).withMostly(0.5);
		QualityWindow window = window(spec, new WindowSpec(2, null));
		assertThat(feed(window, values(5.0, 5.0, 0.5, 0.5))).hasSize(1);
	}

}
