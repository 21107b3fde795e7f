package dev.loopline.contracts;

/**
 * Identifies one version of a registered model.
 *
 * @param modelName the model name
 * @param version the version number, starting at 1
 */
public record ModelVersionId(String modelName, int version) {

	public ModelVersionId {
		Checks.text(modelName, "modelName");
		Checks.version(version, "version");
	}

	@Override
	public String toString() {
		return this.modelName + "@" + this.version;
	}

}
