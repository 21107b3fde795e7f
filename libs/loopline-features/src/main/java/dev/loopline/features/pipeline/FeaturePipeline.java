package dev.loopline.features.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.loopline.features.spec.FeatureSpec;
import dev.loopline.features.spec.FeatureViewSpec;
import dev.loopline.features.spec.FeatureViewSpecs;
import dev.loopline.features.spec.TransformSpec;

/**
 * Fits a feature view spec on training rows. Each feature's chain is fitted step by step:
 * a step learns its parameters from the values the already-fitted steps before it produce
 * on the training rows (so {@code impute → log1p → standardize} standardizes imputed,
 * logged values). Aggregate features read their training values from the rows under the
 * feature name, as computed point-in-time by the feature store.
 */
public final class FeaturePipeline {

	private FeaturePipeline() {
	}

	/**
	 * Fits a spec.
	 * @param spec the spec, validated first
	 * @param rows the training rows (raw fields by name); may be empty, in which case the
	 * fitted parameters are the documented neutral ones
	 * @return the fitted pipeline
	 * @throws dev.loopline.features.spec.SpecValidationException if the spec is invalid
	 */
	public static FittedPipeline fit(FeatureViewSpec spec, Iterable<? extends Map<String, ?>> rows) {
		FeatureViewSpecs.requireValid(spec);
		List<Map<String, ?>> materialized = new ArrayList<>();
		rows.forEach(materialized::add);
		List<FittedFeature> features = new ArrayList<>();
		for (FeatureSpec feature : spec.features()) {
			features.add(fitFeature(feature, materialized));
		}
		return new FittedPipeline(FittedPipeline.FORMAT_VERSION, spec, features);
	}

	private static FittedFeature fitFeature(FeatureSpec feature, List<Map<String, ?>> rows) {
		String input = (feature.source() != null) ? feature.source() : feature.name();
		List<Object> values = new ArrayList<>(rows.size());
		rows.forEach((row) -> values.add(row.get(input)));
		List<FittedTransform> steps = new ArrayList<>();
		for (TransformSpec transform : feature.transforms()) {
			FittedTransform step = TransformFitter.fit(transform, values);
			steps.add(step);
			values.replaceAll(step::apply);
		}
		List<String> slots = (!steps.isEmpty() && steps.get(steps.size() - 1) instanceof FittedTransform.Expanding e)
				? e.slotNames(feature.name()) : List.of(feature.name());
		return new FittedFeature(feature.name(), input, steps, slots);
	}

}
