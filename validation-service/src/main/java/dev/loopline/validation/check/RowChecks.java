package dev.loopline.validation.check;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

import dev.loopline.validation.contract.ExpectationSpec;

/**
 * Decides one row-level expectation on one coerced, non-null value. Nulls never reach
 * these checks: a missing optional value passes every expectation, a missing required one
 * is reported once, as {@code required}.
 */
public final class RowChecks {

	private static final ConcurrentMap<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

	private RowChecks() {
	}

	/**
	 * Checks a value against an expectation.
	 * @param spec the expectation
	 * @param value the coerced value (Double, Long, Boolean, String or Instant)
	 * @param now the current time, for event-time expectations
	 * @return why the value fails, or empty if it passes
	 */
	public static Optional<String> failure(ExpectationSpec spec, Object value, Instant now) {
		return switch (spec.expectationKind()) {
			case BETWEEN -> between(spec, ((Number) value).doubleValue(), "value");
			case LENGTH -> between(spec, value.toString().length(), "length");
			case IN_SET -> inSet(spec, value);
			case REGEX -> regex(spec, value.toString());
			case NOT_IN_FUTURE -> notInFuture(spec, (Instant) value, now);
			case NOT_OLDER_THAN -> notOlderThan(spec, (Instant) value, now);
			default -> Optional.empty();
		};
	}

	static Optional<String> between(ExpectationSpec spec, double value, String what) {
		boolean strictMin = Boolean.TRUE.equals(spec.strictMin());
		boolean strictMax = Boolean.TRUE.equals(spec.strictMax());
		if (spec.min() != null && (strictMin ? value <= spec.min() : value < spec.min())) {
			return Optional.of(what + " " + format(value) + " is below the minimum " + format(spec.min())
					+ (strictMin ? " (exclusive)" : ""));
		}
		if (spec.max() != null && (strictMax ? value >= spec.max() : value > spec.max())) {
			return Optional.of(what + " " + format(value) + " is above the maximum " + format(spec.max())
					+ (strictMax ? " (exclusive)" : ""));
		}
		return Optional.empty();
	}

	private static Optional<String> inSet(ExpectationSpec spec, Object value) {
		String text = (value instanceof Double number) ? format(number) : value.toString();
		return spec.values().contains(text) ? Optional.empty()
				: Optional.of("'" + text + "' is not one of " + spec.values());
	}

	private static Optional<String> regex(ExpectationSpec spec, String value) {
		Pattern pattern = PATTERNS.computeIfAbsent(spec.pattern(), Pattern::compile);
		return pattern.matcher(value).matches() ? Optional.empty()
				: Optional.of("'" + value + "' does not match " + spec.pattern());
	}

	private static Optional<String> notInFuture(ExpectationSpec spec, Instant value, Instant now) {
		Duration skew = (spec.skew() != null) ? spec.skew() : Duration.ZERO;
		return value.isAfter(now.plus(skew)) ? Optional.of(value + " is in the future (tolerated skew " + skew + ")")
				: Optional.empty();
	}

	private static Optional<String> notOlderThan(ExpectationSpec spec, Instant value, Instant now) {
		return value.isBefore(now.minus(spec.maxAge())) ? Optional.of(value + " is older than " + spec.maxAge())
				: Optional.empty();
	}

	static String format(double value) {
		return (value == Math.rint(value) && Math.abs(value) < 1e15) ? String.format(Locale.ROOT, "%d", (long) value)
				: Double.toString(value);
	}

}
