package dev.loopline.models.bundle;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.loopline.models.Task;

/**
 * The manifest of a bundle ({@code manifest.json}): what the model is and how it was
 * made.
 *
 * @param formatVersion the bundle format version, {@link ModelBundles#FORMAT_VERSION}
 * when written by this release
 * @param modelName the registered model's name
 * @param task the task
 * @param labelField the record field holding the label
 * @param algorithm the algorithm name
 * @param trainerName the Tribuo trainer's class name
 * @param hyperparameters the effective hyperparameters, including the seed
 * @param seed the training seed
 * @param metrics the hold-out metrics
 * @param lineage free-form lineage (dataset, feature view, watermark, run id, ...)
 * @param createdAt when the bundle was made
 */
public record BundleManifest(int formatVersion, String modelName, Task task, String labelField, String algorithm,
		String trainerName, Map<String, Object> hyperparameters, long seed, Map<String, Double> metrics,
		Map<String, Object> lineage, Instant createdAt) {

	public BundleManifest {
		hyperparameters = copy(hyperparameters);
		metrics = copy(metrics);
		lineage = copy(lineage);
	}

	private static <V> Map<String, V> copy(Map<String, V> map) {
		return (map != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(map)) : Map.of();
	}

}
