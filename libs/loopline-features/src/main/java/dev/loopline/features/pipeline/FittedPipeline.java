package dev.loopline.features.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.loopline.features.FeatureFormatException;
import dev.loopline.features.FeatureVector;
import dev.loopline.features.FeaturesJson;
import dev.loopline.features.Values;
import dev.loopline.features.spec.FeatureSpec;
import dev.loopline.features.spec.FeatureViewSpec;
import dev.loopline.features.spec.FeatureViewSpecs;
import dev.loopline.features.spec.SpecError;
import org.jspecify.annotations.Nullable;

/**
 * A feature view with every transform fitted: immutable, stored with the model as JSON
 * and applied unchanged at serving time. {@link #vectorize(Map, Map)} is the only way a
 * record becomes a feature vector, for training and for prediction.
 * <p>
 * Slot order: features in spec order; a feature ending in one-hot or hashing writes its
 * expanded slots in place (see {@link FittedTransform.OneHot},
 * {@link FittedTransform.Hash}), any other feature one slot named after it. Every slot
 * value is finite: a value still missing after the chain is 0, infinities become
 * &plusmn;{@link Double#MAX_VALUE} ({@link Values#finite(double)}). Immutable and
 * thread-safe.
 *
 * @param formatVersion the JSON format version, {@link #FORMAT_VERSION} when written by
 * this release
 * @param spec the spec it was fitted from
 * @param features the fitted features, in spec order
 */
public record FittedPipeline(int formatVersion, FeatureViewSpec spec, List<FittedFeature> features) {

	/** The format version this release writes and the newest it reads. */
	public static final int FORMAT_VERSION = 1;

	private static final String WHAT = "Fitted feature pipeline";

	public FittedPipeline {
		features = List.copyOf(features);
		Set<String> seen = new HashSet<>();
		for (FittedFeature feature : features) {
			for (String slot : feature.slots()) {
				if (!seen.add(slot)) {
					throw new IllegalArgumentException("Duplicate slot name '" + slot + "'");
				}
			}
		}
	}

	/**
	 * Returns the slot names of every vector this pipeline produces.
	 * @return the names, in slot order
	 */
	@JsonIgnore
	public List<String> slotNames() {
		List<String> names = new ArrayList<>();
		this.features.forEach((feature) -> names.addAll(feature.slots()));
		return List.copyOf(names);
	}

	/**
	 * Turns a record into a feature vector, reading aggregate features from the record
	 * under their feature names.
	 * @param record raw fields by name
	 * @return the vector
	 */
	public FeatureVector vectorize(Map<String, ?> record) {
		return vectorize(record, Map.of());
	}

	/**
	 * Turns a record into a feature vector. Each feature reads its input (the source
	 * field, or for an aggregate the value in {@code aggregates} under the feature name,
	 * else the record's field of that name), runs its fitted steps and writes its slots.
	 * @param record raw fields by name
	 * @param aggregates computed aggregate values by feature name; may be empty
	 * @return the vector
	 */
	public FeatureVector vectorize(Map<String, ?> record, Map<String, ? extends @Nullable Object> aggregates) {
		List<String> names = slotNames();
		double[] slots = new double[names.size()];
		int offset = 0;
		for (FittedFeature feature : this.features) {
			Object value = aggregates.containsKey(feature.input()) ? aggregates.get(feature.input())
					: record.get(feature.input());
			List<FittedTransform> steps = feature.steps();
			for (FittedTransform step : steps) {
				value = step.apply(value);
			}
			if (!steps.isEmpty() && steps.get(steps.size() - 1) instanceof FittedTransform.Expanding expanding) {
				expanding.expand(value, slots, offset);
			}
			else {
				slots[offset] = Values.finite(Values.toDouble(value));
			}
			offset += feature.slots().size();
		}
		return new FeatureVector(names, slots);
	}

	/**
	 * Writes the pipeline as JSON; reading it back gives an equal pipeline.
	 * @return the JSON text
	 */
	public String toJson() {
		return FeaturesJson.write(this);
	}

	/**
	 * Reads a pipeline written by {@link #toJson()}.
	 * @param json the JSON text
	 * @return the pipeline
	 * @throws dev.loopline.features.UnsupportedFormatVersionException if it was written
	 * by a newer release
	 * @throws FeatureFormatException if it is not a valid pipeline
	 */
	public static FittedPipeline fromJson(String json) {
		FittedPipeline pipeline = FeaturesJson.readVersioned(json, FittedPipeline.class, WHAT, FORMAT_VERSION);
		List<SpecError> errors = FeatureViewSpecs.validate(pipeline.spec);
		if (!errors.isEmpty()) {
			throw new FeatureFormatException("Cannot read " + WHAT + ": its spec is invalid: " + errors);
		}
		List<String> specNames = pipeline.spec.features().stream().map(FeatureSpec::name).toList();
		List<String> fittedNames = pipeline.features.stream().map(FittedFeature::name).toList();
		if (!specNames.equals(fittedNames)) {
			throw new FeatureFormatException("Cannot read " + WHAT + ": fitted features " + fittedNames
					+ " differ from the spec's " + specNames);
		}
		for (FittedFeature feature : pipeline.features) {
			List<FittedTransform> steps = feature.steps();
			List<String> expected = (!steps.isEmpty()
					&& steps.get(steps.size() - 1) instanceof FittedTransform.Expanding e) ? e.slotNames(feature.name())
							: List.of(feature.name());
			if (!expected.equals(feature.slots())) {
				throw new FeatureFormatException("Cannot read " + WHAT + ": feature '" + feature.name()
						+ "' lists slots " + feature.slots() + " but its steps write " + expected);
			}
		}
		return pipeline;
	}

}
