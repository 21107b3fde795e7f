package dev.loopline.models.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.loopline.features.pipeline.FittedPipeline;
import dev.loopline.features.profile.FeatureProfile;
import org.tribuo.Model;

/**
 * The result of a training.
 *
 * @param model the trained Tribuo model
 * @param pipeline the pipeline fitted on the training rows
 * @param profile the drift reference: the raw values of the view's source fields
 * @param trainerName the Tribuo trainer's class name
 * @param effectiveHyperparameters defaults merged with the overrides, plus {@code seed}
 * @param provenanceJson the model's Tribuo provenance as JSON
 */
public record TrainedModel(Model<?> model, FittedPipeline pipeline, FeatureProfile profile, String trainerName,
		Map<String, Object> effectiveHyperparameters, String provenanceJson) {

	public TrainedModel {
		effectiveHyperparameters = Collections.unmodifiableMap(new LinkedHashMap<>(effectiveHyperparameters));
	}

}
