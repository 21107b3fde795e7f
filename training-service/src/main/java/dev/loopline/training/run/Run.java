package dev.loopline.training.run;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.loopline.contracts.FairnessReport;
import dev.loopline.contracts.TrainingTrigger;
import org.jspecify.annotations.Nullable;

/**
 * A training run as tracked: who asked and why, its status with timestamps, its progress,
 * and once finished its parameters, data snapshot, metrics, durations and artifact.
 *
 * @param id run id
 * @param model model name
 * @param specVersion the model spec version it trains
 * @param trigger what started it
 * @param requestedBy who or what asked
 * @param correlationId correlation id of its events
 * @param alertId the alert behind an {@code ALERT} run
 * @param reason why it was asked for
 * @param overrides hyperparameter overrides asked for this run
 * @param status current status
 * @param queuedAt when it was requested
 * @param startedAt when the worker took it
 * @param finishedAt when it ended (or was skipped)
 * @param phase current (or last) phase
 * @param progress progress 0..1 while running
 * @param params effective parameters (hyperparameters with the seed, hold-out, window)
 * @param dataSnapshot the training set (id, watermark, row count, content hash, contract
 * versions)
 * @param metrics challenger metrics on the hold-out
 * @param championMetrics champion metrics on the same hold-out
 * @param championVersion the champion's version
 * @param fairness fairness report
 * @param phaseDurations milliseconds per phase
 * @param failureReason why it failed
 * @param skipReason why it was skipped
 * @param artifactId the bundle in the registry
 * @param artifactSha256 its SHA-256
 * @param transitions status changes with their time
 */
public record Run(UUID id, String model, int specVersion, TrainingTrigger trigger, String requestedBy,
		String correlationId, @Nullable UUID alertId, @Nullable String reason, Map<String, Object> overrides,
		RunState status, Instant queuedAt, @Nullable Instant startedAt, @Nullable Instant finishedAt,
		@Nullable String phase, @Nullable Double progress, @Nullable Map<String, Object> params,
		@Nullable Map<String, Object> dataSnapshot, @Nullable Map<String, Double> metrics,
		@Nullable Map<String, Double> championMetrics, @Nullable Integer championVersion,
		@Nullable FairnessReport fairness, @Nullable Map<String, Long> phaseDurations, @Nullable String failureReason,
		@Nullable String skipReason, @Nullable String artifactId, @Nullable String artifactSha256,
		List<Transition> transitions) {

	/**
	 * Returns the same run with its transitions.
	 * @param transitions the transitions, oldest first
	 * @return the run with them
	 */
	public Run withTransitions(List<Transition> transitions) {
		return new Run(this.id, this.model, this.specVersion, this.trigger, this.requestedBy, this.correlationId,
				this.alertId, this.reason, this.overrides, this.status, this.queuedAt, this.startedAt, this.finishedAt,
				this.phase, this.progress, this.params, this.dataSnapshot, this.metrics, this.championMetrics,
				this.championVersion, this.fairness, this.phaseDurations, this.failureReason, this.skipReason,
				this.artifactId, this.artifactSha256, transitions);
	}

	/**
	 * A status change.
	 *
	 * @param status the new status
	 * @param at when
	 */
	public record Transition(RunState status, Instant at) {
	}

}
