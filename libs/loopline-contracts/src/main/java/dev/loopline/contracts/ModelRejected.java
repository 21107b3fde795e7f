package dev.loopline.contracts;

/**
 * A model version that failed its promotion policy; it stays registered but never serves.
 * Published on {@link Topics#MODELS_EVENTS}.
 *
 * @param metadata envelope data
 * @param modelName the model name
 * @param version the rejected version
 * @param reason which policy check failed, with the numbers
 */
public record ModelRejected(EventMetadata metadata, String modelName, int version,
		String reason) implements ModelEvent {

	public ModelRejected {
		Checks.notNull(metadata, "metadata");
		Checks.text(modelName, "modelName");
		Checks.version(version, "version");
		Checks.text(reason, "reason");
	}

	/**
	 * Returns the id of the rejected version.
	 * @return model name and version
	 */
	public ModelVersionId versionId() {
		return new ModelVersionId(this.modelName, this.version);
	}

}
