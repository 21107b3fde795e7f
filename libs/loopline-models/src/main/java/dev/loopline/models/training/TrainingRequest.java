package dev.loopline.models.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.loopline.features.spec.FeatureViewSpec;
import dev.loopline.models.Task;
import org.jspecify.annotations.Nullable;

/**
 * What to train.
 *
 * @param task the task
 * @param algorithm the algorithm name (see
 * {@link dev.loopline.models.algorithm.Algorithms})
 * @param hyperparameters overrides of the algorithm's defaults (may be empty; a
 * {@code null} value is reported as invalid by the validation)
 * @param seed the seed of every random choice of the trainer
 * @param spec the feature view the pipeline is fitted from
 * @param labelField the record field holding the label (for the manifest; the rows carry
 * the label already)
 */
public record TrainingRequest(Task task, String algorithm, Map<String, @Nullable Object> hyperparameters, long seed,
		FeatureViewSpec spec, String labelField) {

	public TrainingRequest {
		Objects.requireNonNull(task, "task must not be null");
		Objects.requireNonNull(algorithm, "algorithm must not be null");
		Objects.requireNonNull(spec, "spec must not be null");
		Objects.requireNonNull(labelField, "labelField must not be null");
		hyperparameters = (hyperparameters != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(hyperparameters))
				: Map.of();
	}

}
