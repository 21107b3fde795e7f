package dev.loopline.contracts;

/**
 * An alias moved back from one version to an earlier one: serving switches to the earlier
 * artifact. Published on {@link Topics#MODELS_EVENTS}.
 *
 * @param metadata envelope data
 * @param modelName the model name
 * @param fromVersion the version that held the alias
 * @param toVersion the version that holds it now
 * @param alias the alias moved, usually {@link ModelPromoted#CHAMPION}
 * @param reason why, in words
 * @param artifactId id of the {@code toVersion} bundle in the registry
 * @param artifactSha256 SHA-256 of that bundle (lowercase hex)
 */
public record ModelRolledBack(EventMetadata metadata, String modelName, int fromVersion, int toVersion, String alias,
		String reason, String artifactId, String artifactSha256) implements ModelEvent {

	public ModelRolledBack {
		Checks.notNull(metadata, "metadata");
		Checks.text(modelName, "modelName");
		Checks.version(fromVersion, "fromVersion");
		Checks.version(toVersion, "toVersion");
		if (fromVersion == toVersion) {
			throw new IllegalArgumentException("fromVersion and toVersion are both " + toVersion);
		}
		Checks.text(alias, "alias");
		Checks.text(reason, "reason");
		Checks.text(artifactId, "artifactId");
		Checks.text(artifactSha256, "artifactSha256");
	}

}
