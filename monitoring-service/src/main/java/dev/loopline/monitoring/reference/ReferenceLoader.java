package dev.loopline.monitoring.reference;

import java.time.Clock;
import java.util.Objects;

import dev.loopline.models.bundle.ModelBundle;
import dev.loopline.models.bundle.ModelBundles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Turns a champion (a model, version and artifact) into a stored {@link ModelReference}:
 * downloads the bundle, verifies it, keeps what monitoring needs and announces the
 * change. A redelivered promotion of the stored version changes nothing.
 */
@Component
class ReferenceLoader {

	private static final Logger log = LoggerFactory.getLogger(ReferenceLoader.class);

	private final RegistryClient registry;

	private final References references;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReferenceLoader(RegistryClient registry, References references, ApplicationEventPublisher events, Clock clock) {
		this.registry = registry;
		this.references = references;
		this.events = events;
		this.clock = clock;
	}

	synchronized void load(String model, int version, String artifactId, String sha256) {
		ModelReference current = this.references.of(model).orElse(null);
		if (current != null && current.version() == version && current.artifactId().equals(artifactId)) {
			return;
		}
		ModelBundle bundle = ModelBundles.read(this.registry.artifact(artifactId, sha256));
		ModelReference reference = new ModelReference(model, version, bundle.pipeline().spec().dataset(),
				Objects.toString(bundle.manifest().labelField(), ""), bundle.manifest().task(), artifactId,
				bundle.profile(), bundle.manifest().metrics(), this.clock.instant());
		this.references.save(reference);
		log.info("Monitoring {} v{} on dataset {} ({} reference features)", model, version, reference.dataset(),
				reference.profile().features().size());
		this.events.publishEvent(new ChampionChanged(reference, (current != null) ? current.version() : 0));
	}

}
