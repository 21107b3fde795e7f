package dev.loopline.features;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Tests for {@link Values}: the conversion rules every transform and profile applies.
 */
class ValuesTest {

	private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

	static Stream<Arguments> numbers() {
		return Stream.of(arguments(3, 3.0), arguments(2.5f, 2.5), arguments(" 12.5 ", 12.5), arguments("1e3", 1000.0),
				arguments(true, 1.0), arguments("FALSE", 0.0), arguments("abc", Double.NaN), arguments("", Double.NaN),
				arguments(null, Double.NaN), arguments(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY),
				arguments("Infinity", Double.POSITIVE_INFINITY), arguments(new BigDecimal("0.1"), 0.1));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("numbers")
	void readsNumbers(Object raw, double expected) {
		assertThat(Double.valueOf(Values.toDouble(raw))).isEqualTo(Double.valueOf(expected));
	}

	static Stream<Arguments> categories() {
		return Stream.of(arguments("DE", "DE"), arguments(" de ", " de "), arguments(3, "3"), arguments(3.0, "3"),
				arguments(-2.0, "-2"), arguments(2.5, "2.5"), arguments(1e20, "1.0E20"),
				arguments(new BigDecimal("4.50"), "4.5"), arguments(false, "false"),
				arguments(Double.POSITIVE_INFINITY, "Infinity"), arguments("", null), arguments("  ", null),
				arguments(Double.NaN, null), arguments(null, null));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("categories")
	void readsCategories(Object raw, String expected) {
		assertThat(Values.toCategory(raw)).isEqualTo(expected);
	}

	static Stream<Arguments> instants() {
		return Stream.of(arguments(NOON, NOON), arguments("2026-03-01T12:00:00Z", NOON),
				arguments("2026-03-01T13:00:00+01:00", NOON), arguments("2026-03-01T12:00:00", NOON),
				arguments("2026-03-01", Instant.parse("2026-03-01T00:00:00Z")), arguments(NOON.toEpochMilli(), NOON),
				arguments(String.valueOf(NOON.toEpochMilli()), NOON), arguments(Date.from(NOON), NOON),
				arguments(OffsetDateTime.ofInstant(NOON, ZoneId.of("Asia/Tokyo")), NOON),
				arguments(LocalDateTime.of(2026, 3, 1, 12, 0), NOON), arguments("yesterday", null),
				arguments("2026-13-01", null), arguments(Double.NaN, null), arguments("", null), arguments(null, null));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("instants")
	void readsInstants(Object raw, Instant expected) {
		assertThat(Values.toInstant(raw, ZoneOffset.UTC)).isEqualTo(expected);
	}

	static Stream<Arguments> finite() {
		return Stream.of(arguments(Double.NaN, 0.0), arguments(Double.POSITIVE_INFINITY, Double.MAX_VALUE),
				arguments(Double.NEGATIVE_INFINITY, -Double.MAX_VALUE), arguments(-0.5, -0.5),
				arguments(Double.MIN_VALUE, Double.MIN_VALUE));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("finite")
	void boundsSlotValues(double raw, double expected) {
		assertThat(Values.finite(raw)).isEqualTo(expected);
	}

}
