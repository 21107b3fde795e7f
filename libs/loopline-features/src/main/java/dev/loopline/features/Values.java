package dev.loopline.features;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

import org.jspecify.annotations.Nullable;

/**
 * The conversion rules every transform, aggregate and profile applies to raw record
 * values, so that missing and malformed input is handled the same way everywhere.
 * <ul>
 * <li>Missing: {@code null}, an absent field, an empty or blank string and
 * {@code NaN}.</li>
 * <li>Numbers: any {@link Number}; {@code true}/{@code false} (booleans, or strings in
 * any case) are 1 and 0; another string is parsed as a decimal number (after trimming)
 * and is missing when it is not one. Infinities stay infinite until
 * {@link #finite(double)} bounds them.</li>
 * <li>Categories: strings as they are; integral numbers without a decimal point
 * ({@code 3.0} is {@code "3"}); other numbers in their shortest decimal form; booleans as
 * {@code "true"}/{@code "false"}.</li>
 * <li>Instants: {@link Instant}, {@link ZonedDateTime}, {@link OffsetDateTime},
 * {@link Date}, numbers as epoch milliseconds, and ISO-8601 strings (instant, offset date
 * time, local date time or local date, the last two read in the given zone).</li>
 * </ul>
 */
public final class Values {

	private Values() {
	}

	/**
	 * Whether a raw value counts as missing.
	 * @param value the raw value
	 * @return {@code true} for {@code null}, blank strings and {@code NaN}
	 */
	public static boolean isMissing(@Nullable Object value) {
		if (value == null) {
			return true;
		}
		if (value instanceof CharSequence text) {
			return text.toString().isBlank();
		}
		if (value instanceof Double number) {
			return number.isNaN();
		}
		if (value instanceof Float number) {
			return number.isNaN();
		}
		return false;
	}

	/**
	 * Reads a raw value as a number.
	 * @param value the raw value
	 * @return the number, possibly infinite, or {@code NaN} when missing or not numeric
	 */
	public static double toDouble(@Nullable Object value) {
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		if (value instanceof Boolean bool) {
			return bool ? 1.0 : 0.0;
		}
		if (value instanceof CharSequence text && !text.toString().isBlank()) {
			String trimmed = text.toString().trim();
			if (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")) {
				return trimmed.equalsIgnoreCase("true") ? 1.0 : 0.0;
			}
			try {
				return Double.parseDouble(trimmed);
			}
			catch (NumberFormatException ex) {
				return Double.NaN;
			}
		}
		return Double.NaN;
	}

	/**
	 * Whether a raw value is a number or can be read as one.
	 * @param value the raw value, not missing
	 * @return {@code true} if {@link #toDouble(Object)} gives a number
	 */
	public static boolean isNumeric(@Nullable Object value) {
		return !isMissing(value) && !Double.isNaN(toDouble(value));
	}

	/**
	 * Reads a raw value as a category.
	 * @param value the raw value
	 * @return the category, or {@code null} when missing
	 */
	public static @Nullable String toCategory(@Nullable Object value) {
		if (isMissing(value)) {
			return null;
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			if (Double.isInfinite(number)) {
				return (number > 0) ? "Infinity" : "-Infinity";
			}
			return (number == Math.rint(number) && Math.abs(number) < 1e15) ? Long.toString((long) number)
					: Double.toString(number);
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		return String.valueOf(value);
	}

	/**
	 * Reads a raw value as an instant.
	 * @param value the raw value
	 * @param zone the zone of local dates and times
	 * @return the instant, or {@code null} when missing or not a date-time
	 */
	public static @Nullable Instant toInstant(@Nullable Object value, ZoneId zone) {
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof Date date) {
			return date.toInstant();
		}
		if (value instanceof ZonedDateTime || value instanceof OffsetDateTime) {
			return Instant.from((TemporalAccessor) value);
		}
		if (value instanceof LocalDateTime local) {
			return local.atZone(zone).toInstant();
		}
		if (value instanceof Number number) {
			double millis = number.doubleValue();
			return Double.isFinite(millis) ? Instant.ofEpochMilli(number.longValue()) : null;
		}
		if (value instanceof CharSequence text && !text.toString().isBlank()) {
			return parseInstant(text.toString().trim(), zone);
		}
		return null;
	}

	private static @Nullable Instant parseInstant(String text, ZoneId zone) {
		try {
			if (text.chars().allMatch((c) -> Character.isDigit(c) || c == '-') && text.length() > 10) {
				return Instant.ofEpochMilli(Long.parseLong(text));
			}
			if (text.endsWith("Z") || text.endsWith("z")) {
				return Instant.parse(text.toUpperCase());
			}
			if (text.length() > 19 && (text.lastIndexOf('+') > 10 || text.lastIndexOf('-') > 10)) {
				return OffsetDateTime.parse(text).toInstant();
			}
			if (text.length() > 10) {
				return LocalDateTime.parse(text).atZone(zone).toInstant();
			}
			return LocalDate.parse(text).atStartOfDay(zone).toInstant();
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * Bounds a slot value: {@code NaN} (missing) becomes 0 and infinities become
	 * &plusmn;{@link Double#MAX_VALUE}, so every feature vector is finite.
	 * @param value the value
	 * @return a finite value
	 */
	public static double finite(double value) {
		if (Double.isNaN(value)) {
			return 0.0;
		}
		if (value == Double.POSITIVE_INFINITY) {
			return Double.MAX_VALUE;
		}
		if (value == Double.NEGATIVE_INFINITY) {
			return -Double.MAX_VALUE;
		}
		return value;
	}

}
