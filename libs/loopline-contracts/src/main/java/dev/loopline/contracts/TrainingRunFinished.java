package dev.loopline.contracts;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The outcome of a training run, with everything the registry needs to register the
 * version and apply the promotion policy. Published on {@link Topics#TRAINING_RUNS},
 * keyed by model name. A succeeded run has an artifact and a training set; a failed run
 * has a failure reason.
 *
 * @param metadata envelope data
 * @param modelName the model trained
 * @param runId id of the run in the training service
 * @param status succeeded or failed
 * @param failureReason why the run failed, {@code null} when it succeeded
 * @param artifactId id of the model bundle in the registry's artifact store
 * @param artifactSha256 SHA-256 of the bundle (lowercase hex)
 * @param trainer Tribuo trainer name, or {@code null}
 * @param hyperparameters effective hyperparameters, including the seed
 * @param metrics challenger metrics on the hold-out set
 * @param championMetrics metrics of the current champion on the same hold-out set (empty
 * if there is no champion)
 * @param championVersion version of that champion, or {@code null}
 * @param fairnessGap largest metric gap between protected groups, or {@code null}
 * @param trainingSet the exact training data, {@code null} if the run failed before
 * reading it
 * @param startedAt when the run started
 * @param finishedAt when the run finished
 * @param context trigger, task and label of the run, or {@code null} (schema version 1
 * events)
 * @param policy the promotion policy the model declared when the run started, or
 * {@code null} for the registry's default
 * @param fairness the fairness metric per group behind {@code fairnessGap}, or
 * {@code null}
 */
public record TrainingRunFinished(EventMetadata metadata, String modelName, UUID runId, RunStatus status,
		String failureReason, String artifactId, String artifactSha256, String trainer,
		Map<String, Object> hyperparameters, Map<String, Double> metrics, Map<String, Double> championMetrics,
		Integer championVersion, Double fairnessGap, TrainingSet trainingSet, Instant startedAt, Instant finishedAt,
		TrainingContext context, PromotionPolicy policy, FairnessReport fairness) implements LooplineEvent {

	public TrainingRunFinished {
		Checks.notNull(metadata, "metadata");
		Checks.text(modelName, "modelName");
		Checks.notNull(runId, "runId");
		Checks.notNull(status, "status");
		Checks.optionalText(trainer, "trainer");
		hyperparameters = Checks.freeMap(hyperparameters, "hyperparameters");
		metrics = Checks.strictMap(metrics, "metrics");
		championMetrics = Checks.strictMap(championMetrics, "championMetrics");
		Checks.optionalVersion(championVersion, "championVersion");
		Checks.notNull(startedAt, "startedAt");
		Checks.notNull(finishedAt, "finishedAt");
		if (finishedAt.isBefore(startedAt)) {
			throw new IllegalArgumentException("finishedAt " + finishedAt + " is before startedAt " + startedAt);
		}
		if (status == RunStatus.SUCCEEDED) {
			Checks.text(artifactId, "artifactId of a succeeded run");
			Checks.text(artifactSha256, "artifactSha256 of a succeeded run");
			Checks.notNull(trainingSet, "trainingSet of a succeeded run");
		}
		else {
			Checks.text(failureReason, "failureReason of a failed run");
		}
	}

	/**
	 * A run known by its schema version 1 fields only.
	 * @param metadata envelope data
	 * @param modelName the model trained
	 * @param runId id of the run
	 * @param status succeeded or failed
	 * @param failureReason why the run failed
	 * @param artifactId id of the model bundle
	 * @param artifactSha256 SHA-256 of the bundle
	 * @param trainer Tribuo trainer name
	 * @param hyperparameters effective hyperparameters
	 * @param metrics challenger metrics on the hold-out set
	 * @param championMetrics champion metrics on the same hold-out set
	 * @param championVersion version of that champion
	 * @param fairnessGap largest metric gap between protected groups
	 * @param trainingSet the exact training data
	 * @param startedAt when the run started
	 * @param finishedAt when the run finished
	 */
	public TrainingRunFinished(EventMetadata metadata, String modelName, UUID runId, RunStatus status,
			String failureReason, String artifactId, String artifactSha256, String trainer,
			Map<String, Object> hyperparameters, Map<String, Double> metrics, Map<String, Double> championMetrics,
			Integer championVersion, Double fairnessGap, TrainingSet trainingSet, Instant startedAt,
			Instant finishedAt) {
		this(metadata, modelName, runId, status, failureReason, artifactId, artifactSha256, trainer, hyperparameters,
				metrics, championMetrics, championVersion, fairnessGap, trainingSet, startedAt, finishedAt, null, null,
				null);
	}

	/**
	 * Returns the model name.
	 */
	@Override
	public String key() {
		return this.modelName;
	}

}
