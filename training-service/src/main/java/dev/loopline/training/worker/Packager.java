package dev.loopline.training.worker;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.loopline.models.Task;
import dev.loopline.models.bundle.BundleManifest;
import dev.loopline.models.bundle.ModelBundle;
import dev.loopline.models.bundle.ModelBundles;
import dev.loopline.models.training.TrainedModel;
import dev.loopline.training.client.RegistryClient;
import dev.loopline.training.client.RegistryClient.UploadedArtifact;
import dev.loopline.training.run.Run;
import dev.loopline.training.spec.ModelSpec;

import org.springframework.stereotype.Component;

/**
 * Writes the model bundle (model, fitted pipeline, profile, Tribuo provenance and a
 * manifest with the seed, hyperparameters, metrics and lineage) and uploads it to the
 * registry, checking that the registry stored the bytes that were sent.
 */
@Component
class Packager {

	private final RegistryClient registry;

	private final Clock clock;

	Packager(RegistryClient registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
	}

	byte[] write(Run run, ModelSpec spec, TrainedModel trained, RunOutcome outcome) {
		BundleManifest manifest = new BundleManifest(ModelBundles.FORMAT_VERSION, run.model(),
				Task.of(String.valueOf(spec.task())), String.valueOf(spec.label()), String.valueOf(spec.algorithm()),
				trained.trainerName(), trained.effectiveHyperparameters(), seed(spec), outcome.metrics,
				lineage(run, outcome), this.clock.instant());
		return ModelBundles.write(new ModelBundle(manifest, trained.model(), trained.pipeline(), trained.profile(),
				trained.provenanceJson()));
	}

	void upload(String model, byte[] bundle, RunOutcome outcome) {
		String sha256 = ModelBundles.sha256(bundle);
		UploadedArtifact uploaded = this.registry.upload(model, bundle);
		if (!sha256.equals(uploaded.sha256())) {
			throw new IllegalStateException("The registry stored artifact " + uploaded.id() + " with SHA-256 "
					+ uploaded.sha256() + " but the bundle sent has " + sha256);
		}
		outcome.artifactId = uploaded.id();
		outcome.artifactSha256 = sha256;
	}

	static long seed(ModelSpec spec) {
		ModelSpec.Holdout holdout = spec.holdout();
		return (holdout != null && holdout.seed() != null) ? holdout.seed() : ModelSpec.DEFAULT_SEED;
	}

	private static Map<String, Object> lineage(Run run, RunOutcome outcome) {
		Map<String, Object> lineage = new LinkedHashMap<>();
		lineage.put("runId", run.id().toString());
		lineage.put("specVersion", run.specVersion());
		lineage.put("trigger", run.trigger().name());
		lineage.put("requestedBy", run.requestedBy());
		lineage.put("correlationId", run.correlationId());
		if (run.alertId() != null) {
			lineage.put("alertId", run.alertId().toString());
		}
		if (outcome.snapshot != null) {
			lineage.put("trainingSet", outcome.snapshot);
		}
		lineage.put("holdoutRows", outcome.holdoutRows);
		lineage.put("params", outcome.params);
		return lineage;
	}

}
