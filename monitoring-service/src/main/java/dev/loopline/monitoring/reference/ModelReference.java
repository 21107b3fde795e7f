package dev.loopline.monitoring.reference;

import java.time.Instant;
import java.util.Map;

import dev.loopline.features.profile.FeatureProfile;
import dev.loopline.models.Task;

/**
 * What a model's champion is judged against: its dataset, label field and task, the
 * training profile of its raw source fields (the drift reference) and its hold-out
 * metrics (the performance baseline).
 *
 * @param model the model name
 * @param version the champion version
 * @param dataset the dataset its feature view reads
 * @param labelField the label field
 * @param task the task
 * @param artifactId the bundle's artifact id in the registry
 * @param profile the reference profile
 * @param metrics the hold-out metrics
 * @param promotedAt when this service learnt of the promotion
 */
public record ModelReference(String model, int version, String dataset, String labelField, Task task, String artifactId,
		FeatureProfile profile, Map<String, Double> metrics, Instant promotedAt) {

	public ModelReference {
		metrics = Map.copyOf(metrics);
	}

}
