package dev.loopline.serving.deployment;

import java.time.Instant;
import java.util.List;

import dev.loopline.features.spec.FeatureSpec;
import dev.loopline.features.spec.FeatureViewSpec;
import dev.loopline.models.bundle.ModelBundle;
import dev.loopline.models.predict.Predictor;

/**
 * One model version loaded from its verified bundle, ready to predict. Immutable, so a
 * request holding it keeps a consistent model while a newer one is swapped in.
 *
 * @param name the model name
 * @param version the version
 * @param alias the alias it serves ({@code champion}, {@code canary} or {@code shadow})
 * @param artifactId the registry artifact it was loaded from
 * @param artifactSha256 that artifact's verified SHA-256
 * @param bundle the bundle
 * @param predictor the predictor over the bundle
 * @param loadedAt when it was loaded
 */
public record LoadedModel(String name, int version, String alias, String artifactId, String artifactSha256,
		ModelBundle bundle, Predictor predictor, Instant loadedAt) {

	/**
	 * The feature view the bundle's pipeline was fitted on.
	 * @return the spec
	 */
	public FeatureViewSpec view() {
		return this.bundle.pipeline().spec();
	}

	/**
	 * The raw fields a record must carry: the plain features' sources, in spec order.
	 * @return the distinct source fields
	 */
	public List<String> sourceFields() {
		return view().features().stream().map(FeatureSpec::source).filter((s) -> s != null).distinct().toList();
	}

	/**
	 * The aggregate features, read from a record under their names (or missing).
	 * @return their names in spec order
	 */
	public List<String> aggregateFeatures() {
		return view().aggregateFeatures().stream().map(FeatureSpec::name).toList();
	}

	/**
	 * The same loaded model under another alias.
	 * @param otherAlias the alias
	 * @return a copy
	 */
	LoadedModel as(String otherAlias) {
		return new LoadedModel(this.name, this.version, otherAlias, this.artifactId, this.artifactSha256, this.bundle,
				this.predictor, this.loadedAt);
	}

}
