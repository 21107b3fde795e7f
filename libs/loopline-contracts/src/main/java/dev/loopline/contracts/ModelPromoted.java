package dev.loopline.contracts;

/**
 * A model version received an alias (by policy or by approval): serving loads the
 * artifact and routes the alias's traffic to it. Published on
 * {@link Topics#MODELS_EVENTS}.
 *
 * @param metadata envelope data
 * @param modelName the model name
 * @param version the promoted version
 * @param previousVersion the version that held the alias before, or {@code null}
 * @param alias the alias, e.g. {@link #CHAMPION} or {@link #CANARY}
 * @param reason why it was promoted (policy outcome or approver's note)
 * @param artifactId id of the promoted version's bundle in the registry
 * @param artifactSha256 SHA-256 of that bundle (lowercase hex)
 */
public record ModelPromoted(EventMetadata metadata, String modelName, int version, Integer previousVersion,
		String alias, String reason, String artifactId, String artifactSha256) implements ModelEvent {

	/** The alias of the version serving all (non-canary) traffic. */
	public static final String CHAMPION = "champion";

	/** The alias of the version serving a share of traffic before full promotion. */
	public static final String CANARY = "canary";

	/**
	 * The alias of a version receiving mirrored traffic whose answers are not returned.
	 */
	public static final String SHADOW = "shadow";

	public ModelPromoted {
		Checks.notNull(metadata, "metadata");
		Checks.text(modelName, "modelName");
		Checks.version(version, "version");
		Checks.optionalVersion(previousVersion, "previousVersion");
		Checks.text(alias, "alias");
		Checks.text(reason, "reason");
		Checks.text(artifactId, "artifactId");
		Checks.text(artifactSha256, "artifactSha256");
	}

	/**
	 * Returns the id of the promoted version.
	 * @return model name and version
	 */
	public ModelVersionId versionId() {
		return new ModelVersionId(this.modelName, this.version);
	}

}
