package dev.loopline.features.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How {@code impute} fills a missing value.
 */
public enum ImputeStrategy {

	/** Mean of the training values (numeric). */
	MEAN("mean"),
	/** Median of the training values (numeric). */
	MEDIAN("median"),
	/** The spec's {@code value}, a number or a string. */
	CONSTANT("constant"),
	/** The most frequent training value; ties go to the smallest in string order. */
	MOST_FREQUENT("most-frequent");

	private final String id;

	ImputeStrategy(String id) {
		this.id = id;
	}

	/**
	 * Returns the name used in specs.
	 * @return the id
	 */
	public String id() {
		return this.id;
	}

	/**
	 * Finds a strategy by its spec name.
	 * @param id the name
	 * @return the strategy, if known
	 */
	public static Optional<ImputeStrategy> of(String id) {
		return Arrays.stream(values()).filter((strategy) -> strategy.id.equals(id)).findFirst();
	}

	/**
	 * Returns the spec names of all strategies.
	 * @return the ids
	 */
	public static List<String> ids() {
		return Arrays.stream(values()).map(ImputeStrategy::id).toList();
	}

}
