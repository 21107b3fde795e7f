package dev.loopline.serving.deployment;

import java.time.Clock;

import dev.loopline.models.bundle.ModelBundle;
import dev.loopline.models.bundle.ModelBundles;
import dev.loopline.models.predict.Predictor;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * Turns an artifact id into a {@link LoadedModel}: download from the registry, check the
 * SHA-256 against the one the event (or alias) announced, read the bundle, build the
 * predictor. Any failure throws, so the caller keeps what it serves.
 */
@Component
class ModelLoader {

	private final RegistryClient registry;

	private final MeterRegistry meters;

	private final Clock clock = Clock.systemUTC();

	ModelLoader(RegistryClient registry, MeterRegistry meters) {
		this.registry = registry;
		this.meters = meters;
	}

	LoadedModel load(String name, int version, String alias, String artifactId, String expectedSha256) {
		Timer.Sample sample = Timer.start(this.meters);
		byte[] bytes = this.registry.download(artifactId);
		String actual = ModelBundles.sha256(bytes);
		if (!actual.equalsIgnoreCase(expectedSha256)) {
			throw new IllegalStateException("artifact " + artifactId + " of " + name + " v" + version + " has SHA-256 "
					+ actual + ", expected " + expectedSha256);
		}
		ModelBundle bundle = ModelBundles.read(bytes);
		LoadedModel model = new LoadedModel(name, version, alias, artifactId, actual, bundle, new Predictor(bundle),
				this.clock.instant());
		sample.stop(Timer.builder("loopline.serving.model.load")
			.description("Time to download, verify and read a bundle")
			.tag("model", name)
			.register(this.meters));
		return model;
	}

}
