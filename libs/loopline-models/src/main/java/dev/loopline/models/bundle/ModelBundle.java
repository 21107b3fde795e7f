package dev.loopline.models.bundle;

import dev.loopline.features.pipeline.FittedPipeline;
import dev.loopline.features.profile.FeatureProfile;
import org.tribuo.Model;

/**
 * A model with everything needed to serve and monitor it.
 *
 * @param manifest what the model is and how it was made
 * @param model the Tribuo model
 * @param pipeline the fitted feature pipeline
 * @param profile the drift reference profile
 * @param provenanceJson the Tribuo provenance as JSON
 */
public record ModelBundle(BundleManifest manifest, Model<?> model, FittedPipeline pipeline, FeatureProfile profile,
		String provenanceJson) {

}
