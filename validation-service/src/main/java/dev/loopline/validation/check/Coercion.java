package dev.loopline.validation.check;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import dev.loopline.validation.contract.FieldType;

/**
 * Coerces a received JSON value to a contract type. CSV uploads send every value as a
 * string, so {@code "12.5"} is a number, {@code "true"} a boolean, and a timestamp may be
 * ISO-8601 (instant, offset date-time or date, taken as UTC midnight) or epoch: seconds
 * when below 10^11, milliseconds otherwise (10^11 s is the year 5138, so no real epoch in
 * seconds is mistaken for milliseconds).
 */
public final class Coercion {

	private static final double EPOCH_SECONDS_LIMIT = 1e11;

	private Coercion() {
	}

	/**
	 * Coerces a non-null value.
	 * @param value the value as received
	 * @param type the declared type
	 * @return the coerced value ({@code Double}, {@code Long}, {@code Boolean},
	 * {@code String}, {@code Instant}), or empty when it cannot be coerced
	 */
	public static Optional<Object> coerce(Object value, FieldType type) {
		return Optional.ofNullable(switch (type) {
			case NUMBER -> toNumber(value);
			case INTEGER -> toInteger(value);
			case BOOLEAN -> toBoolean(value);
			case STRING, CATEGORICAL -> toText(value);
			case TIMESTAMP -> toInstant(value);
		});
	}

	private static Double toNumber(Object value) {
		if (value instanceof Number number) {
			return finite(number.doubleValue());
		}
		if (value instanceof String text) {
			try {
				return finite(Double.parseDouble(text.trim()));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	private static Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}

	private static Long toInteger(Object value) {
		Object text = (value instanceof Number) ? value.toString() : value;
		if (!(text instanceof String string)) {
			return null;
		}
		try {
			BigDecimal decimal = new BigDecimal(string.trim());
			return decimal.stripTrailingZeros().scale() <= 0 ? decimal.longValueExact() : null;
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return null;
		}
	}

	private static Boolean toBoolean(Object value) {
		if (value instanceof Boolean bool) {
			return bool;
		}
		if (value instanceof String text) {
			return switch (text.trim().toLowerCase(Locale.ROOT)) {
				case "true" -> Boolean.TRUE;
				case "false" -> Boolean.FALSE;
				default -> null;
			};
		}
		return null;
	}

	private static String toText(Object value) {
		return (value instanceof String || value instanceof Number || value instanceof Boolean) ? value.toString()
				: null;
	}

	private static Instant toInstant(Object value) {
		if (value instanceof Number number) {
			return fromEpoch(number.doubleValue());
		}
		if (!(value instanceof String text) || text.isBlank()) {
			return null;
		}
		String trimmed = text.trim();
		Double epoch = toNumber(trimmed);
		if (epoch != null) {
			return fromEpoch(epoch);
		}
		try {
			return OffsetDateTime.parse(trimmed).toInstant();
		}
		catch (DateTimeParseException ex) {
			return parseInstantOrDate(trimmed);
		}
	}

	private static Instant parseInstantOrDate(String text) {
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException notADate) {
				return null;
			}
		}
	}

	private static Instant fromEpoch(double epoch) {
		if (!Double.isFinite(epoch)) {
			return null;
		}
		long millis = (Math.abs(epoch) < EPOCH_SECONDS_LIMIT) ? Math.round(epoch * 1000) : Math.round(epoch);
		return Instant.ofEpochMilli(millis);
	}

}
