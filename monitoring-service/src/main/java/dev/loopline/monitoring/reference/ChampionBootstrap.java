package dev.loopline.monitoring.reference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Asks the registry for every model's champion once the service is up, so a champion
 * promoted while this service was down is monitored too. It runs on its own thread so a
 * slow registry never delays start-up. The registry being unreachable only logs a
 * warning: the stored references and later events still work.
 */
@Component
class ChampionBootstrap {

	private static final Logger log = LoggerFactory.getLogger(ChampionBootstrap.class);

	private final RegistryClient registry;

	private final ReferenceLoader loader;

	ChampionBootstrap(RegistryClient registry, ReferenceLoader loader) {
		this.registry = registry;
		this.loader = loader;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		Thread thread = new Thread(this::bootstrap, "champion-bootstrap");
		thread.setDaemon(true);
		thread.start();
	}

	void bootstrap() {
		try {
			for (String model : this.registry.models()) {
				this.registry.champion(model)
					.ifPresent((champion) -> load(model, champion.get("version").asInt(),
							champion.get("artifactId").asString(), champion.get("artifactSha256").asString()));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not bootstrap champions from the registry ({}); following its events only",
					ex.getMessage());
		}
	}

	private void load(String model, int version, String artifactId, String sha256) {
		try {
			this.loader.load(model, version, artifactId, sha256);
		}
		catch (RuntimeException ex) {
			log.warn("Could not load champion v{} of {}: {}", version, model, ex.getMessage());
		}
	}

}
