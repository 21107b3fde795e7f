package dev.loopline.features.profile;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * The statistics of one feature in a profile, numeric or categorical, serialized with a
 * {@code kind} property.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({ @JsonSubTypes.Type(value = FeatureStats.Numeric.class, name = "numeric"),
		@JsonSubTypes.Type(value = FeatureStats.Categorical.class, name = "categorical") })
public sealed interface FeatureStats {

	/**
	 * Returns the feature (or slot) name.
	 * @return the name
	 */
	String name();

	/**
	 * Returns how many values were present.
	 * @return the count
	 */
	long count();

	/**
	 * Returns how many values were missing.
	 * @return the count
	 */
	long nulls();

	/**
	 * Statistics of a numeric feature. Moments and quantiles use finite values only;
	 * infinite values count in {@code count}, {@code infinite} and the outer histogram
	 * bins. Values absent when no finite value was seen.
	 *
	 * @param name the feature name
	 * @param count present values (finite or infinite)
	 * @param nulls missing values
	 * @param infinite infinite values
	 * @param min smallest finite value
	 * @param max largest finite value
	 * @param mean mean of finite values
	 * @param stddev sample standard deviation of finite values (0 for one value)
	 * @param quantiles quantiles of finite values
	 * @param histogram the histogram
	 * @param sample a seeded uniform reservoir sample of finite values, in reservoir
	 * order
	 */
	record Numeric(String name, long count, long nulls, long infinite, @Nullable Double min, @Nullable Double max,
			@Nullable Double mean, @Nullable Double stddev, List<Quantile> quantiles, Histogram histogram,
			List<Double> sample) implements FeatureStats {

		public Numeric {
			quantiles = List.copyOf(quantiles);
			sample = List.copyOf(sample);
		}

	}

	/**
	 * Statistics of a categorical feature.
	 *
	 * @param name the feature name
	 * @param count present values
	 * @param nulls missing values
	 * @param distinct distinct categories seen
	 * @param top the most frequent categories, most frequent first, ties in string order
	 * (on a reference profile's categories: those categories, in the reference's order)
	 * @param other occurrences of every category not in {@code top}
	 */
	record Categorical(String name, long count, long nulls, long distinct, List<CategoryCount> top,
			long other) implements FeatureStats {

		public Categorical {
			top = List.copyOf(top);
		}

	}

}
