package dev.loopline.serving.deployment;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import dev.loopline.contracts.ModelPromoted;
import dev.loopline.contracts.ModelRejected;
import dev.loopline.contracts.ModelRolledBack;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Applies model lifecycle changes to the {@link Deployments}: a promotion or rollback of
 * a served alias loads the announced artifact and swaps it in; a rejection of a deployed
 * canary or shadow removes it. A failed load is logged and counted and leaves the alias
 * on the version it served.
 */
@Component
class ModelDeployer {

	static final Set<String> SERVED_ALIASES = Set.of(ModelPromoted.CHAMPION, ModelPromoted.CANARY,
			ModelPromoted.SHADOW);

	private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

	private final Deployments deployments;

	private final ModelLoader loader;

	private final DeploymentMetrics metrics;

	/** The bundle the latest event asked for, per model and alias. */
	private final Map<String, Wanted> wanted = new ConcurrentHashMap<>();

	private final LoadRetries retries;

	/** Orders a bootstrap's swap against an event's, so an event is never undone. */
	private final Object swapLock = new Object();

	ModelDeployer(Deployments deployments, ModelLoader loader, DeploymentMetrics metrics, LoadRetries retries) {
		this.deployments = deployments;
		this.retries = retries;
		this.loader = loader;
		this.metrics = metrics;
	}

	void known(String name) {
		this.deployments.markKnown(name);
	}

	void on(ModelPromoted event) {
		fromEvent(event.modelName(), event.alias(), event.version(), event.artifactId(), event.artifactSha256());
	}

	void on(ModelRolledBack event) {
		fromEvent(event.modelName(), event.alias(), event.toVersion(), event.artifactId(), event.artifactSha256());
	}

	void on(ModelRejected event) {
		for (String alias : new String[] { ModelPromoted.CANARY, ModelPromoted.SHADOW }) {
			synchronized (this.swapLock) {
				// a load of the rejected version still pending must not deploy it
				this.wanted.computeIfPresent(key(event.modelName(), alias),
						(key, wanted) -> (wanted.version() == event.version()) ? null : wanted);
			}
			if (this.deployments.undeploy(event.modelName(), alias, event.version())) {
				log.info("Undeployed {} v{} ({}): rejected", event.modelName(), event.version(), alias);
				this.metrics.refresh(this.deployments);
			}
		}
	}

	/** Loads what the registry's alias points to, unless an event already decided it. */
	void fromBootstrap(String name, String alias, int version, String artifactId, String sha256) {
		if (this.deployments.touchedByEvent(name, alias) || alreadyServed(name, alias, sha256)) {
			return;
		}
		LoadedModel model = tryLoad(name, alias, version, artifactId, sha256, (failure) -> {
			if (this.retries.transientFailure(failure)) {
				throw failure; // the bootstrap reads the registry again later
			}
		});
		synchronized (this.swapLock) {
			if (model != null && !this.deployments.touchedByEvent(name, alias)) {
				swap(model);
			}
		}
	}

	private void fromEvent(String name, String alias, int version, String artifactId, String sha256) {
		if (!SERVED_ALIASES.contains(alias)) {
			return;
		}
		synchronized (this.swapLock) {
			this.deployments.markTouchedByEvent(name, alias);
			this.wanted.put(key(name, alias), new Wanted(version, sha256));
		}
		load(name, alias, version, artifactId, sha256, 1);
	}

	private void load(String name, String alias, int version, String artifactId, String sha256, int attempt) {
		if (alreadyServed(name, alias, sha256)) {
			return;
		}
		LoadedModel model = tryLoad(name, alias, version, artifactId, sha256, (failure) -> {
			if (this.retries.transientFailure(failure) && this.retries.allows(attempt)) {
				this.retries.schedule(attempt, () -> retry(name, alias, version, artifactId, sha256, attempt + 1));
			}
		});
		if (model != null) {
			synchronized (this.swapLock) {
				// a later event (or a rejection) may have changed what this alias should
				// serve while the bundle downloaded: never swap an older one back in
				if (isWanted(name, alias, sha256)) {
					swap(model);
				}
				else {
					log.info("Not serving {} v{} as {}: a later event replaced it", name, version, alias);
				}
			}
		}
	}

	private boolean isWanted(String name, String alias, String sha256) {
		Wanted wanted = this.wanted.get(key(name, alias));
		return wanted != null && wanted.sha256().equalsIgnoreCase(sha256);
	}

	private static String key(String name, String alias) {
		return name + "\u0000" + alias;
	}

	/** Retries a failed load, unless a later event asked for another bundle meanwhile. */
	private void retry(String name, String alias, int version, String artifactId, String sha256, int attempt) {
		if (isWanted(name, alias, sha256)) {
			log.info("Retrying the load of {} v{} as {} (attempt {})", name, version, alias, attempt);
			load(name, alias, version, artifactId, sha256, attempt);
		}
	}

	private boolean alreadyServed(String name, String alias, String sha256) {
		LoadedModel loaded = this.deployments.loaded(name, alias);
		return loaded != null && loaded.artifactSha256().equalsIgnoreCase(sha256);
	}

	private @Nullable LoadedModel tryLoad(String name, String alias, int version, String artifactId, String sha256,
			Consumer<RuntimeException> onFailure) {
		LoadedModel sameBundle = this.deployments.get(name)
			.flatMap((deployment) -> deployment.aliases()
				.values()
				.stream()
				.filter((model) -> model.artifactSha256().equalsIgnoreCase(sha256))
				.findFirst())
			.orElse(null);
		if (sameBundle != null) {
			// e.g. the canary promoted to champion: the verified bundle is in memory
			// already
			return sameBundle.as(alias);
		}
		try {
			return this.loader.load(name, version, alias, artifactId, sha256);
		}
		catch (RuntimeException ex) {
			this.metrics.loadFailed(name, alias);
			LoadedModel kept = this.deployments.loaded(name, alias);
			log.error("Could not load {} v{} as {} (artifact {}); keeping {}: {}", name, version, alias, artifactId,
					(kept != null) ? "v" + kept.version() : "nothing", ex.getMessage());
			onFailure.accept(ex);
			return null;
		}
	}

	private void swap(LoadedModel model) {
		LoadedModel before = this.deployments.loaded(model.name(), model.alias());
		this.deployments.deploy(model);
		this.metrics.refresh(this.deployments);
		log.info("Serving {} v{} as {} (was {})", model.name(), model.version(), model.alias(),
				(before != null) ? "v" + before.version() : "none");
	}

	/**
	 * The bundle the latest event asked an alias to serve.
	 *
	 * @param version the version
	 * @param sha256 its bundle's SHA-256
	 */
	private record Wanted(int version, String sha256) {
	}

}
