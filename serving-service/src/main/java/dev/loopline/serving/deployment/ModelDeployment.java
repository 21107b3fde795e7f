package dev.loopline.serving.deployment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.loopline.contracts.ModelPromoted;
import org.jspecify.annotations.Nullable;

/**
 * What one model serves now: the loaded version per alias. Immutable; a change builds a
 * new deployment that replaces the old one in a single atomic step.
 *
 * @param name the model name
 * @param aliases the loaded version per alias
 */
public record ModelDeployment(String name, Map<String, LoadedModel> aliases) {

	public ModelDeployment {
		aliases = Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
	}

	public @Nullable LoadedModel champion() {
		return this.aliases.get(ModelPromoted.CHAMPION);
	}

	public @Nullable LoadedModel canary() {
		return this.aliases.get(ModelPromoted.CANARY);
	}

	public @Nullable LoadedModel shadow() {
		return this.aliases.get(ModelPromoted.SHADOW);
	}

	/**
	 * A loaded version by number, whatever alias it serves under.
	 * @param version the version
	 * @return the loaded model, if this version is deployed
	 */
	public Optional<LoadedModel> version(int version) {
		return this.aliases.values().stream().filter((model) -> model.version() == version).findFirst();
	}

	ModelDeployment with(LoadedModel model) {
		Map<String, LoadedModel> copy = new LinkedHashMap<>(this.aliases);
		copy.put(model.alias(), model);
		return new ModelDeployment(this.name, copy);
	}

	ModelDeployment without(String alias) {
		Map<String, LoadedModel> copy = new LinkedHashMap<>(this.aliases);
		copy.remove(alias);
		return new ModelDeployment(this.name, copy);
	}

}
