package dev.loopline.training.worker;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.loopline.contracts.FairnessReport;
import dev.loopline.contracts.TrainingSet;
import dev.loopline.training.run.RunResult;
import org.jspecify.annotations.Nullable;

/**
 * What a run has produced so far; filled phase by phase, so a failed run still records
 * (and announces) what it got to: its parameters, its training set, its metrics.
 */
final class RunOutcome {

	Map<String, Object> params = new LinkedHashMap<>();

	Map<String, Object> hyperparameters = new LinkedHashMap<>();

	@Nullable Map<String, Object> snapshot;

	@Nullable TrainingSet trainingSet;

	@Nullable String trainer;

	long holdoutRows;

	Map<String, Double> metrics = new LinkedHashMap<>();

	Map<String, Double> championMetrics = new LinkedHashMap<>();

	@Nullable Integer championVersion;

	@Nullable FairnessReport fairness;

	@Nullable String artifactId;

	@Nullable String artifactSha256;

	RunResult toResult(Map<String, Long> durations) {
		return new RunResult(this.params, this.snapshot, this.metrics, this.championMetrics, this.championVersion,
				this.fairness, durations, this.artifactId, this.artifactSha256);
	}

}
