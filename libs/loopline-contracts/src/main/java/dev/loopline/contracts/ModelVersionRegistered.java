package dev.loopline.contracts;

import java.util.UUID;

/**
 * A new model version stored in the registry with its lineage, not yet serving traffic.
 * Published on {@link Topics#MODELS_EVENTS}.
 *
 * @param metadata envelope data
 * @param modelName the model name
 * @param version the new version number
 * @param runId the training run that produced it
 * @param artifactId id of the model bundle in the registry
 * @param artifactSha256 SHA-256 of the bundle (lowercase hex), to verify on load
 */
public record ModelVersionRegistered(EventMetadata metadata, String modelName, int version, UUID runId,
		String artifactId, String artifactSha256) implements ModelEvent {

	public ModelVersionRegistered {
		Checks.notNull(metadata, "metadata");
		Checks.text(modelName, "modelName");
		Checks.version(version, "version");
		Checks.notNull(runId, "runId");
		Checks.text(artifactId, "artifactId");
		Checks.text(artifactSha256, "artifactSha256");
	}

	/**
	 * Returns the id of the registered version.
	 * @return model name and version
	 */
	public ModelVersionId versionId() {
		return new ModelVersionId(this.modelName, this.version);
	}

}
