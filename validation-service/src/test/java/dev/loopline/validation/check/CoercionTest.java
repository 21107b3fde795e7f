package dev.loopline.validation.check;

import java.time.Instant;
import java.util.stream.Stream;

import dev.loopline.validation.contract.FieldType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class CoercionTest {

	static Stream<Arguments> coercible() {
		return Stream.of(Arguments.of("12.5", FieldType.NUMBER, 12.5), Arguments.of(7, FieldType.NUMBER, 7.0),
				Arguments.of(" 3 ", FieldType.INTEGER, 3L), Arguments.of(4.0, FieldType.INTEGER, 4L),
				Arguments.of("1e3", FieldType.INTEGER, 1000L), Arguments.of("true", FieldType.BOOLEAN, true),
				Arguments.of("FALSE", FieldType.BOOLEAN, false), Arguments.of(false, FieldType.BOOLEAN, false),
				Arguments.of(42, FieldType.STRING, "42"), Arguments.of("DE", FieldType.CATEGORICAL, "DE"),
				Arguments.of("2026-01-15T10:00:00Z", FieldType.TIMESTAMP, Instant.parse("2026-01-15T10:00:00Z")),
				Arguments.of("2026-01-15T12:00:00+02:00", FieldType.TIMESTAMP, Instant.parse("2026-01-15T10:00:00Z")),
				Arguments.of("2026-01-15", FieldType.TIMESTAMP, Instant.parse("2026-01-15T00:00:00Z")),
				Arguments.of(1768471200, FieldType.TIMESTAMP, Instant.parse("2026-01-15T10:00:00Z")),
				Arguments.of(1768471200000L, FieldType.TIMESTAMP, Instant.parse("2026-01-15T10:00:00Z")),
				Arguments.of("1768471200", FieldType.TIMESTAMP, Instant.parse("2026-01-15T10:00:00Z")));
	}

	@ParameterizedTest
	@MethodSource("coercible")
	void coercesToTheContractType(Object value, FieldType type, Object expected) {
		assertThat(Coercion.coerce(value, type)).contains(expected);
	}

	static Stream<Arguments> notCoercible() {
		return Stream.of(Arguments.of("abc", FieldType.NUMBER), Arguments.of("NaN", FieldType.NUMBER),
				Arguments.of(true, FieldType.NUMBER), Arguments.of("12.5", FieldType.INTEGER),
				Arguments.of("yes", FieldType.BOOLEAN), Arguments.of(1, FieldType.BOOLEAN),
				Arguments.of(java.util.List.of(1), FieldType.STRING), Arguments.of("yesterday", FieldType.TIMESTAMP),
				Arguments.of(java.util.Map.of(), FieldType.TIMESTAMP));
	}

	@ParameterizedTest
	@MethodSource("notCoercible")
	void rejectsValuesThatDoNotFit(Object value, FieldType type) {
		assertThat(Coercion.coerce(value, type)).isEmpty();
	}

}
