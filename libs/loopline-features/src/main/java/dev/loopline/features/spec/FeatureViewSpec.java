package dev.loopline.features.spec;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A versioned feature view: the features one model family reads from one dataset. The
 * record holds the spec as written; {@link #validate()} checks it.
 *
 * @param name view name, e.g. {@code orders-fraud}
 * @param version view version, from 1
 * @param dataset the dataset whose records feed the view
 * @param entityKey the record field that identifies the entity (aggregates are per
 * entity)
 * @param eventTimeField the record field with the event time; required when a feature is
 * an aggregate
 * @param features the features, in vector order
 */
public record FeatureViewSpec(String name, int version, String dataset, String entityKey,
		@Nullable String eventTimeField, List<FeatureSpec> features) {

	public FeatureViewSpec {
		features = (features != null) ? List.copyOf(features) : List.of();
	}

	/**
	 * Checks this spec against every rule.
	 * @return the errors with their paths, empty if the spec is valid
	 * @see FeatureViewSpecs#validate(FeatureViewSpec)
	 */
	public List<SpecError> validate() {
		return FeatureViewSpecs.validate(this);
	}

	/**
	 * Returns the features computed as windowed aggregates.
	 * @return the aggregate features, in spec order
	 */
	public List<FeatureSpec> aggregateFeatures() {
		return this.features.stream().filter((feature) -> feature.aggregate() != null).toList();
	}

}
