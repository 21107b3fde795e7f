package dev.loopline.validation.check;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import dev.loopline.validation.contract.ExpectationSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class RowChecksTest {

	private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

	private static ExpectationSpec between(Double min, Double max, Boolean strictMin, Boolean strictMax) {
		return new ExpectationSpec("between", "x", min, max, strictMin, strictMax, null, null, null, null, null, null);
	}

	private static ExpectationSpec time(String kind, Duration skew, Duration maxAge) {
		return new ExpectationSpec(kind, "t", null, null, null, null, null, null, null, skew, maxAge, null);
	}

	static Stream<Arguments> cases() {
		ExpectationSpec inclusive = between(0.0, 10.0, null, null);
		ExpectationSpec exclusive = between(0.0, 10.0, true, true);
		ExpectationSpec inSet = ExpectationSpec.of("in_set", "c").withValues(List.of("DE", "FR", "1"));
		ExpectationSpec regex = new ExpectationSpec("regex", "e", null, null, null, null, null, "[a-z]+@[a-z]+\\.de",
				null, null, null, null);
		ExpectationSpec length = ExpectationSpec.of("length", "s").withBounds(2.0, 4.0);
		ExpectationSpec future = time("not_in_future", Duration.ofMinutes(5), null);
		ExpectationSpec old = time("not_older_than", null, Duration.ofDays(1));
		return Stream.of(Arguments.of(inclusive, 0.0, true), Arguments.of(inclusive, 10.0, true),
				Arguments.of(inclusive, -0.1, false), Arguments.of(inclusive, 10.5, false),
				Arguments.of(exclusive, 0.0, false), Arguments.of(exclusive, 10.0, false),
				Arguments.of(exclusive, 5.0, true), Arguments.of(between(null, 3.0, null, null), -1e9, true),
				Arguments.of(between(1.0, null, null, null), 1e9, true), Arguments.of(inclusive, 7L, true),
				Arguments.of(inSet, "DE", true), Arguments.of(inSet, "IT", false), Arguments.of(inSet, 1.0, true),
				Arguments.of(regex, "ana@shop.de", true), Arguments.of(regex, "ana@shop.de ", false),
				Arguments.of(length, "ab", true), Arguments.of(length, "abcd", true), Arguments.of(length, "a", false),
				Arguments.of(length, "abcde", false), Arguments.of(future, NOW.plusSeconds(299), true),
				Arguments.of(future, NOW.plusSeconds(301), false),
				Arguments.of(time("not_in_future", null, null), NOW.plusSeconds(1), false),
				Arguments.of(old, NOW.minus(Duration.ofHours(23)), true),
				Arguments.of(old, NOW.minus(Duration.ofHours(25)), false));
	}

	@ParameterizedTest
	@MethodSource("cases")
	void decidesEachRowLevelExpectation(ExpectationSpec spec, Object value, boolean passes) {
		assertThat(RowChecks.failure(spec, value, NOW).isEmpty()).isEqualTo(passes);
	}

}
