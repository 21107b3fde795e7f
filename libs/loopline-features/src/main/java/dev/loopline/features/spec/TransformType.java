package dev.loopline.features.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The transform types a spec may name, with the parameters each accepts. One-hot and
 * hashing expand a feature into several slots and so must end a chain; a date-part reads
 * a raw date-time and so must start one.
 */
public enum TransformType {

	/** Passes the value through. */
	IDENTITY("identity", Set.of()),
	/** {@code (x - mean) / std}, fitted. */
	STANDARDIZE("standardize", Set.of()),
	/** {@code (x - min) / (max - min)}, fitted. */
	MIN_MAX("min-max", Set.of()),
	/** {@code sign(x) * log(1 + |x|)}. */
	LOG1P("log1p", Set.of()),
	/** Bounds the value to {@code [min, max]}. */
	CLIP("clip", Set.of("min", "max")),
	/** The number of boundaries at or below the value. */
	BUCKETIZE("bucketize", Set.of("boundaries")),
	/** One slot per learned category plus an unknown slot. */
	ONE_HOT("one-hot", Set.of("maxCategories")),
	/** One slot per hash bucket. */
	HASH("hash", Set.of("buckets")),
	/** Replaces a missing value by a fitted or constant value. */
	IMPUTE("impute", Set.of("strategy", "value")),
	/** A calendar part of a date-time. */
	DATE_PART("date-part", Set.of("part", "zone"));

	private final String id;

	private final Set<String> parameters;

	TransformType(String id, Set<String> parameters) {
		this.id = id;
		this.parameters = parameters;
	}

	/**
	 * Returns the name used in specs.
	 * @return the id, e.g. {@code one-hot}
	 */
	public String id() {
		return this.id;
	}

	/**
	 * Returns the parameters this type accepts.
	 * @return the parameter names
	 */
	public Set<String> parameters() {
		return this.parameters;
	}

	/**
	 * Whether this type expands a feature into several slots.
	 * @return {@code true} for one-hot and hashing
	 */
	public boolean expands() {
		return this == ONE_HOT || this == HASH;
	}

	/**
	 * Finds a type by its spec name.
	 * @param id the name
	 * @return the type, if known
	 */
	public static Optional<TransformType> of(String id) {
		return Arrays.stream(values()).filter((type) -> type.id.equals(id)).findFirst();
	}

	/**
	 * Returns the spec names of all types.
	 * @return the ids
	 */
	public static List<String> ids() {
		return Arrays.stream(values()).map(TransformType::id).toList();
	}

}
