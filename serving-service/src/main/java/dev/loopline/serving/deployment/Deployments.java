package dev.loopline.serving.deployment;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The deployed models of this instance, held in memory as one immutable map behind an
 * {@link AtomicReference}: a request reads the map once and predicts with the versions it
 * saw, a load swaps a whole new map in, so no request ever sees a half-made change and a
 * swap never blocks or fails a request. Deployments are per instance (each replica loads
 * its own bundles from the registry, which stays the source of truth), so they are not
 * stored in the database.
 */
@Component
public class Deployments {

	private final AtomicReference<Map<String, ModelDeployment>> current = new AtomicReference<>(Map.of());

	/**
	 * (model, alias) pairs set by an event since start-up: the bootstrap must not undo
	 * them.
	 */
	private final Set<String> touchedByEvents = ConcurrentHashMap.newKeySet();

	/**
	 * Models named by the registry or an event: asked for before a load, they get 503.
	 */
	private final Set<String> known = ConcurrentHashMap.newKeySet();

	private volatile boolean bootstrapped;

	public Optional<ModelDeployment> get(String name) {
		return Optional.ofNullable(this.current.get().get(name));
	}

	public Collection<ModelDeployment> all() {
		return this.current.get().values();
	}

	/**
	 * Whether the model is known to exist (from the registry or an event), loaded or not.
	 * @param name the model name
	 * @return true if known
	 */
	public boolean known(String name) {
		return this.known.contains(name) || this.current.get().containsKey(name);
	}

	/**
	 * Whether the registry has been read once since start-up.
	 * @return true once the bootstrap succeeded
	 */
	public boolean bootstrapped() {
		return this.bootstrapped;
	}

	void markKnown(String name) {
		this.known.add(name);
	}

	void markBootstrapped() {
		this.bootstrapped = true;
	}

	@Nullable LoadedModel loaded(String name, String alias) {
		ModelDeployment deployment = this.current.get().get(name);
		return (deployment != null) ? deployment.aliases().get(alias) : null;
	}

	void deploy(LoadedModel model) {
		this.current.updateAndGet((map) -> {
			Map<String, ModelDeployment> copy = new TreeMap<>(map);
			ModelDeployment deployment = copy.getOrDefault(model.name(), new ModelDeployment(model.name(), Map.of()));
			copy.put(model.name(), deployment.with(model));
			return Map.copyOf(copy);
		});
	}

	boolean undeploy(String name, String alias, int version) {
		LoadedModel loaded = loaded(name, alias);
		if (loaded == null || loaded.version() != version) {
			return false;
		}
		this.current.updateAndGet((map) -> {
			ModelDeployment deployment = map.get(name);
			if (deployment == null || deployment.aliases().get(alias) == null
					|| deployment.aliases().get(alias).version() != version) {
				return map;
			}
			Map<String, ModelDeployment> copy = new TreeMap<>(map);
			copy.put(name, deployment.without(alias));
			return Map.copyOf(copy);
		});
		return true;
	}

	void markTouchedByEvent(String name, String alias) {
		this.touchedByEvents.add(name + "\u0000" + alias);
	}

	boolean touchedByEvent(String name, String alias) {
		return this.touchedByEvents.contains(name + "\u0000" + alias);
	}

}
