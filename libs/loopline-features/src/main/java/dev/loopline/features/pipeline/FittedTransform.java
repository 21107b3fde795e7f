package dev.loopline.features.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.loopline.features.Values;
import dev.loopline.features.spec.DatePart;
import org.apache.commons.codec.digest.MurmurHash3;
import org.jspecify.annotations.Nullable;

/**
 * One fitted step of a feature's chain: a transform with the parameters learned at fit
 * time. A step maps a value (a {@link Double}, a {@link String}, or {@code null} for
 * missing) to a value; missing stays missing unless the step is {@link Impute}. The two
 * {@link Expanding} steps end a chain and write several slots. Serialized as JSON with a
 * {@code type} property.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = FittedTransform.Identity.class, name = "identity"),
		@JsonSubTypes.Type(value = FittedTransform.Standardize.class, name = "standardize"),
		@JsonSubTypes.Type(value = FittedTransform.MinMax.class, name = "min-max"),
		@JsonSubTypes.Type(value = FittedTransform.Log1p.class, name = "log1p"),
		@JsonSubTypes.Type(value = FittedTransform.Clip.class, name = "clip"),
		@JsonSubTypes.Type(value = FittedTransform.Bucketize.class, name = "bucketize"),
		@JsonSubTypes.Type(value = FittedTransform.Impute.class, name = "impute"),
		@JsonSubTypes.Type(value = FittedTransform.DatePartOf.class, name = "date-part"),
		@JsonSubTypes.Type(value = FittedTransform.OneHot.class, name = "one-hot"),
		@JsonSubTypes.Type(value = FittedTransform.Hash.class, name = "hash") })
public sealed interface FittedTransform {

	/**
	 * Applies the step to one value.
	 * @param value a {@link Double}, a {@link String} or {@code null} (missing)
	 * @return the transformed value, same convention
	 */
	@Nullable Object apply(@Nullable Object value);

	private static @Nullable Double numeric(@Nullable Object value, DoubleUnaryOperator function) {
		double number = Values.toDouble(value);
		if (Double.isNaN(number)) {
			return null;
		}
		double result = function.applyAsDouble(number);
		return Double.isNaN(result) ? null : result;
	}

	/**
	 * A step that expands a value into several slots; always the last of a chain.
	 */
	sealed interface Expanding extends FittedTransform {

		/**
		 * Returns the slot names for a feature.
		 * @param feature the feature name
		 * @return the slot names, in order
		 */
		List<String> slotNames(String feature);

		/**
		 * Writes the slots of a value.
		 * @param value the value, possibly {@code null}
		 * @param slots the vector
		 * @param offset the index of this feature's first slot
		 */
		void expand(@Nullable Object value, double[] slots, int offset);

		@Override
		default @Nullable Object apply(@Nullable Object value) {
			return value;
		}

	}

	/**
	 * Passes the value through.
	 */
	record Identity() implements FittedTransform {

		@Override
		public @Nullable Object apply(@Nullable Object value) {
			return value;
		}

	}

	/**
	 * {@code (x - mean) / std} with the training mean and population standard deviation
	 * (a constant or empty training column has {@code std} 1).
	 *
	 * @param mean the training mean
	 * @param std the training standard deviation, positive
	 */
	record Standardize(double mean, double std) implements FittedTransform {

		@Override
		public @Nullable Object apply(@Nullable Object value) {
			return numeric(value, (x) -> (x - this.mean) / this.std);
		}

	}

	/**
	 * {@code (x - min) / (max - min)} over the training range, not clamped (chain a clip
	 * for that); a constant training column divides by 1.
	 *
	 * @param min training minimum
	 * @param max training maximum
	 */
	record MinMax(double min, double max) implements FittedTransform {

		@Override
		public @Nullable Object apply(@Nullable Object value) {
			double range = (this.max > this.min) ? this.max - this.min : 1.0;
			return numeric(value, (x) -> (x - this.min) / range);
		}

	}

	/**
	 * {@code sign(x) * log(1 + |x|)}: log1p for non-negative values, mirrored for
	 * negative ones so every number has a value.
	 */
	record Log1p() implements FittedTransform {

		@Override
		public @Nullable Object apply(@Nullable Object value) {
			return numeric(value, (x) -> Math.copySign(Math.log1p(Math.abs(x)), x));
		}

	}

	/**
	 * Bounds the value to {@code [min, max]}; either bound may be absent.
	 *
	 * @param min lower bound or {@code null}
	 * @param max upper bound or {@code null}
	 */
	record Clip(@Nullable Double min, @Nullable Double max) implements FittedTransform {

		@Override
		public @Nullable Object apply(@Nullable Object value) {
			return numeric(value, (x) -> {
				double result = (this.min != null) ? Math.max(x, this.min) : x;
				return (this.max != null) ? Math.min(result, this.max) : result;
			});
		}

	}

	/**
	 * The bucket index: how many boundaries are at or below the value (0 below the first,
	 * {@code boundaries.size()} from the last on).
	 *
	 * @param boundaries strictly increasing boundaries
	 */
	record Bucketize(List<Double> boundaries) implements FittedTransform {

		public Bucketize {
			boundaries = List.copyOf(boundaries);
		}

		@Override
		public @Nullable Object apply(@Nullable Object value) {
			return numeric(value, (x) -> {
				int index = Collections.binarySearch(this.boundaries, x);
				return (index >= 0) ? index + 1 : -index - 1;
			});
		}

	}

	/**
	 * Replaces a missing value by the fitted number or category; present values pass
	 * through. Both absent means nothing could be learned (no training values): missing
	 * stays missing.
	 *
	 * @param number the numeric fill value
	 * @param category the categorical fill value
	 */
	record Impute(@Nullable Double number, @Nullable String category) implements FittedTransform {

		@Override
		public @Nullable Object apply(@Nullable Object value) {
			if (!Values.isMissing(value)) {
				return value;
			}
			return (this.number != null) ? this.number : this.category;
		}

	}

	/**
	 * A calendar part of a date-time read in a zone; missing when the value is not a
	 * date-time.
	 *
	 * @param part the part
	 * @param zone the zone id
	 */
	record DatePartOf(DatePart part, String zone) implements FittedTransform {

		@Override
		public @Nullable Object apply(@Nullable Object value) {
			ZoneId zoneId = ZoneId.of(this.zone);
			Instant instant = Values.toInstant(value, zoneId);
			return (instant != null) ? (double) this.part.extract(instant.atZone(zoneId)) : null;
		}

	}

	/**
	 * One slot per learned category (in string order), then the unknown slot, named
	 * {@code feature@category} and {@code feature@__unknown__}. An unseen category, a
	 * category cut by the cap, and a missing value all set the unknown slot.
	 *
	 * @param categories the vocabulary, sorted
	 */
	record OneHot(List<String> categories) implements Expanding {

		/** Name of the slot that takes unseen, capped and missing categories. */
		public static final String UNKNOWN = "__unknown__";

		public OneHot {
			categories = List.copyOf(categories);
		}

		@Override
		public List<String> slotNames(String feature) {
			List<String> names = new ArrayList<>();
			this.categories.forEach((category) -> names.add(feature + "@" + category));
			names.add(feature + "@" + UNKNOWN);
			return names;
		}

		@Override
		public void expand(@Nullable Object value, double[] slots, int offset) {
			String category = Values.toCategory(value);
			int index = (category != null) ? Collections.binarySearch(this.categories, category) : -1;
			slots[offset + ((index >= 0) ? index : this.categories.size())] = 1.0;
		}

	}

	/**
	 * One slot per bucket, named {@code feature#0} …; the category's 32-bit MurmurHash3
	 * (x86, seed 0) of its UTF-8 bytes, modulo the bucket count, sets one slot. A missing
	 * value sets none.
	 *
	 * @param buckets the bucket count
	 */
	record Hash(int buckets) implements Expanding {

		@Override
		public List<String> slotNames(String feature) {
			List<String> names = new ArrayList<>();
			for (int i = 0; i < this.buckets; i++) {
				names.add(feature + "#" + i);
			}
			return names;
		}

		@Override
		public void expand(@Nullable Object value, double[] slots, int offset) {
			String category = Values.toCategory(value);
			if (category != null) {
				byte[] bytes = category.getBytes(StandardCharsets.UTF_8);
				slots[offset + Math.floorMod(MurmurHash3.hash32x86(bytes, 0, bytes.length, 0), this.buckets)] = 1.0;
			}
		}

	}

}
