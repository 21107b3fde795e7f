package dev.loopline.models.algorithm;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One hyperparameter of an algorithm: its kind, default and allowed values. Integers and
 * reals have a range (a real's bounds may be exclusive); choices a fixed list of
 * lowercase words.
 *
 * @param name the name, e.g. {@code maxDepth}
 * @param kind integer, real or choice
 * @param defaultValue the default ({@code Integer}, {@code Double} or {@code String})
 * @param min the smallest allowed number (integers and reals)
 * @param max the largest allowed number (integers and reals)
 * @param minExclusive whether {@code min} itself is excluded (reals)
 * @param maxExclusive whether {@code max} itself is excluded (reals)
 * @param choices the allowed words (choices)
 * @param description what it controls, for documentation
 */
public record Hyperparameter(String name, Kind kind, Object defaultValue, double min, double max, boolean minExclusive,
		boolean maxExclusive, List<String> choices, String description) {

	/** The kinds of hyperparameter values. */
	public enum Kind {

		/** A whole number, read as {@code Integer}. */
		INTEGER,

		/** A finite number, read as {@code Double}. */
		REAL,

		/** One word of a fixed list, read as {@code String}. */
		CHOICE

	}

	public Hyperparameter {
		choices = List.copyOf(choices);
	}

	static Hyperparameter integer(String name, int defaultValue, int min, int max, String description) {
		return new Hyperparameter(name, Kind.INTEGER, defaultValue, min, max, false, false, List.of(), description);
	}

	static Hyperparameter real(String name, double defaultValue, double min, double max, String description) {
		return new Hyperparameter(name, Kind.REAL, defaultValue, min, max, false, false, List.of(), description);
	}

	static Hyperparameter positive(String name, double defaultValue, double max, String description) {
		return new Hyperparameter(name, Kind.REAL, defaultValue, 0, max, true, false, List.of(), description);
	}

	static Hyperparameter openFraction(String name, double defaultValue, String description) {
		return new Hyperparameter(name, Kind.REAL, defaultValue, 0, 1, true, true, List.of(), description);
	}

	static Hyperparameter choice(String name, String defaultValue, List<String> choices, String description) {
		return new Hyperparameter(name, Kind.CHOICE, defaultValue, 0, 0, false, false, choices, description);
	}

	/**
	 * Checks a value and converts it to this hyperparameter's Java type.
	 * @param value the raw value (e.g. from JSON)
	 * @param errors receives a message when the value is invalid
	 * @return the converted value, empty when invalid
	 */
	Optional<Object> convert(@Nullable Object value, List<String> errors) {
		String where = "hyperparameter '" + this.name + "': ";
		switch (this.kind) {
			case CHOICE -> {
				if (value instanceof String word && this.choices.contains(word)) {
					return Optional.of(word);
				}
				errors.add(where + "must be one of " + this.choices + ", was " + describe(value));
				return Optional.empty();
			}
			case INTEGER -> {
				if (!(value instanceof Number number) || !isWhole(number)) {
					errors.add(where + "must be a whole number, was " + describe(value));
					return Optional.empty();
				}
				return inRange(number.doubleValue(), errors) ? Optional.of(number.intValue()) : Optional.empty();
			}
			default -> {
				if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
					errors.add(where + "must be a finite number, was " + describe(value));
					return Optional.empty();
				}
				return inRange(number.doubleValue(), errors) ? Optional.of(number.doubleValue()) : Optional.empty();
			}
		}
	}

	/**
	 * Describes the allowed values, e.g. {@code (0, 1]} or {@code hinge | log}.
	 * @return the range or choices
	 */
	public String allowed() {
		if (this.kind == Kind.CHOICE) {
			return String.join(" | ", this.choices);
		}
		return (this.minExclusive ? "(" : "[") + format(this.min) + ", " + format(this.max)
				+ (this.maxExclusive ? ")" : "]");
	}

	private boolean inRange(double number, List<String> errors) {
		boolean ok = (this.minExclusive ? number > this.min : number >= this.min)
				&& (this.maxExclusive ? number < this.max : number <= this.max);
		if (!ok) {
			errors.add("hyperparameter '" + this.name + "': must be in " + allowed() + ", was " + format(number));
		}
		return ok;
	}

	private static boolean isWhole(Number number) {
		double value = number.doubleValue();
		return Double.isFinite(value) && value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE;
	}

	private static String describe(@Nullable Object value) {
		if (value == null) {
			return "null";
		}
		return (value instanceof String) ? "'" + value + "'" : value + " (" + value.getClass().getSimpleName() + ")";
	}

	private static String format(double number) {
		if (number == Math.rint(number) && Math.abs(number) < 1e15) {
			return Long.toString((long) number);
		}
		return Double.toString(number);
	}

}
