package dev.loopline.features.spec;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One feature: a record field ({@code source}) or a windowed aggregate, passed through a
 * chain of transforms applied in order. Exactly one of {@code source} and
 * {@code aggregate} is set.
 *
 * @param name feature name, unique in the view; the slot name (or prefix of the slot
 * names, for one-hot and hashing)
 * @param source the record field read, for a plain feature
 * @param aggregate the aggregate computed, for an aggregate feature
 * @param transforms the transforms, applied in order; empty means identity
 */
public record FeatureSpec(String name, @Nullable String source, @Nullable AggregateSpec aggregate,
		List<TransformSpec> transforms) {

	public FeatureSpec {
		transforms = (transforms != null) ? List.copyOf(transforms) : List.of();
	}

	/**
	 * A feature read from a record field.
	 * @param name feature name
	 * @param source record field
	 * @param transforms transforms in order
	 * @return the feature spec
	 */
	public static FeatureSpec of(String name, String source, TransformSpec... transforms) {
		return new FeatureSpec(name, source, null, List.of(transforms));
	}

	/**
	 * A feature computed as a windowed aggregate.
	 * @param name feature name
	 * @param aggregate the aggregate
	 * @param transforms transforms in order
	 * @return the feature spec
	 */
	public static FeatureSpec aggregate(String name, AggregateSpec aggregate, TransformSpec... transforms) {
		return new FeatureSpec(name, null, aggregate, List.of(transforms));
	}

}
