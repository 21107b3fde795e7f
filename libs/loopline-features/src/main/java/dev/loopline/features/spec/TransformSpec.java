package dev.loopline.features.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One step of a feature's transform chain, as written in the spec: a {@code type} and the
 * parameters that type uses (the others stay absent).
 *
 * <table>
 * <caption>Parameters per type</caption>
 * <tr>
 * <th>type</th>
 * <th>parameters</th>
 * </tr>
 * <tr>
 * <td>identity, standardize, min-max, log1p</td>
 * <td>none</td>
 * </tr>
 * <tr>
 * <td>clip</td>
 * <td>{@code min} and/or {@code max}</td>
 * </tr>
 * <tr>
 * <td>bucketize</td>
 * <td>{@code boundaries} (strictly increasing)</td>
 * </tr>
 * <tr>
 * <td>one-hot</td>
 * <td>{@code maxCategories} (optional, default 100)</td>
 * </tr>
 * <tr>
 * <td>hash</td>
 * <td>{@code buckets}</td>
 * </tr>
 * <tr>
 * <td>impute</td>
 * <td>{@code strategy} (mean, median, constant, most-frequent), {@code value} for
 * constant</td>
 * </tr>
 * <tr>
 * <td>date-part</td>
 * <td>{@code part}, {@code zone} (optional, default UTC)</td>
 * </tr>
 * </table>
 *
 * @param type the transform type, see {@link TransformType}
 * @param strategy impute strategy
 * @param value impute constant (number or string)
 * @param min clip lower bound
 * @param max clip upper bound
 * @param boundaries bucketize boundaries
 * @param maxCategories one-hot vocabulary cap
 * @param buckets hash bucket count
 * @param part date-part to extract, see {@link DatePart}
 * @param zone date-part time zone
 */
public record TransformSpec(String type, @Nullable String strategy, @Nullable Object value, @Nullable Double min,
		@Nullable Double max, @Nullable List<Double> boundaries, @Nullable Integer maxCategories,
		@Nullable Integer buckets, @Nullable String part, @Nullable String zone) {

	/** Default one-hot vocabulary cap. */
	public static final int DEFAULT_MAX_CATEGORIES = 100;

	private static TransformSpec ofType(String type) {
		return new TransformSpec(type, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * Returns the parameters that are set, by their spec name.
	 * @return parameter name to value, in declaration order
	 */
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		put(parameters, "strategy", this.strategy);
		put(parameters, "value", this.value);
		put(parameters, "min", this.min);
		put(parameters, "max", this.max);
		put(parameters, "boundaries", this.boundaries);
		put(parameters, "maxCategories", this.maxCategories);
		put(parameters, "buckets", this.buckets);
		put(parameters, "part", this.part);
		put(parameters, "zone", this.zone);
		return parameters;
	}

	private static void put(Map<String, Object> parameters, String name, @Nullable Object value) {
		if (value != null) {
			parameters.put(name, value);
		}
	}

	/**
	 * The identity transform.
	 * @return the spec
	 */
	public static TransformSpec identity() {
		return ofType("identity");
	}

	/**
	 * Standardization to zero mean and unit (population) standard deviation.
	 * @return the spec
	 */
	public static TransformSpec standardize() {
		return ofType("standardize");
	}

	/**
	 * Min-max scaling to [0, 1] over the training range.
	 * @return the spec
	 */
	public static TransformSpec minMax() {
		return ofType("min-max");
	}

	/**
	 * Sign-preserving {@code log1p}.
	 * @return the spec
	 */
	public static TransformSpec log1p() {
		return ofType("log1p");
	}

	/**
	 * Clipping to a range.
	 * @param min lower bound, or {@code null}
	 * @param max upper bound, or {@code null}
	 * @return the spec
	 */
	public static TransformSpec clip(@Nullable Double min, @Nullable Double max) {
		return new TransformSpec("clip", null, null, min, max, null, null, null, null, null);
	}

	/**
	 * Bucketizing by explicit boundaries.
	 * @param boundaries strictly increasing boundaries
	 * @return the spec
	 */
	public static TransformSpec bucketize(Double... boundaries) {
		return new TransformSpec("bucketize", null, null, null, null, List.of(boundaries), null, null, null, null);
	}

	/**
	 * One-hot encoding with a vocabulary cap.
	 * @param maxCategories the cap, or {@code null} for the default
	 * @return the spec
	 */
	public static TransformSpec oneHot(@Nullable Integer maxCategories) {
		return new TransformSpec("one-hot", null, null, null, null, null, maxCategories, null, null, null);
	}

	/**
	 * Feature hashing into buckets.
	 * @param buckets the bucket count
	 * @return the spec
	 */
	public static TransformSpec hash(int buckets) {
		return new TransformSpec("hash", null, null, null, null, null, null, buckets, null, null);
	}

	/**
	 * Imputation of missing values.
	 * @param strategy mean, median, constant or most-frequent
	 * @param value the constant, for the constant strategy
	 * @return the spec
	 */
	public static TransformSpec impute(String strategy, @Nullable Object value) {
		return new TransformSpec("impute", strategy, value, null, null, null, null, null, null, null);
	}

	/**
	 * Extraction of a date-time part.
	 * @param part the part, e.g. {@code hour}
	 * @param zone the time zone, or {@code null} for UTC
	 * @return the spec
	 */
	public static TransformSpec datePart(String part, @Nullable String zone) {
		return new TransformSpec("date-part", null, null, null, null, null, null, null, part, zone);
	}

}
