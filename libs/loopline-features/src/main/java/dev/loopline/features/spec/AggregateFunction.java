package dev.loopline.features.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The functions of a windowed aggregate. Over an empty window {@code count} and
 * {@code sum} are 0; the others are missing.
 */
public enum AggregateFunction {

	/**
	 * Number of events in the window (with a present source value, if a source is set).
	 */
	COUNT("count"),
	/** Sum of the present values. */
	SUM("sum"),
	/** Arithmetic mean of the present values. */
	MEAN("mean"),
	/** Smallest present value. */
	MIN("min"),
	/** Largest present value. */
	MAX("max"),
	/** Present value with the latest event time (the later-added on a tie). */
	LAST("last");

	private final String id;

	AggregateFunction(String id) {
		this.id = id;
	}

	/**
	 * Returns the name used in specs.
	 * @return the id, e.g. {@code mean}
	 */
	public String id() {
		return this.id;
	}

	/**
	 * Finds a function by its spec name.
	 * @param id the name
	 * @return the function, if known
	 */
	public static Optional<AggregateFunction> of(String id) {
		return Arrays.stream(values()).filter((function) -> function.id.equals(id)).findFirst();
	}

	/**
	 * Returns the spec names of all functions.
	 * @return the ids
	 */
	public static List<String> ids() {
		return Arrays.stream(values()).map(AggregateFunction::id).toList();
	}

}
