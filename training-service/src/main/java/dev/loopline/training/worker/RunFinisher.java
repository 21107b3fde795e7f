package dev.loopline.training.worker;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.PromotionPolicy;
import dev.loopline.contracts.RunStatus;
import dev.loopline.contracts.TrainingContext;
import dev.loopline.contracts.TrainingRunFinished;
import dev.loopline.servicekit.outbox.Outbox;
import dev.loopline.training.TrainingApplication;
import dev.loopline.training.run.Run;
import dev.loopline.training.run.RunMetrics;
import dev.loopline.training.run.RunRepository;
import dev.loopline.training.run.RunState;
import dev.loopline.training.spec.ModelSpec;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends a run: in ONE transaction the run row becomes SUCCEEDED or FAILED and its
 * {@code TrainingRunFinished} goes into the outbox (binding {@code trainingRuns}), so the
 * registry hears of every finished run exactly when the run log says it finished.
 */
@Component
class RunFinisher {

	static final String BINDING = "trainingRuns";

	private final RunRepository runs;

	private final Outbox outbox;

	private final RunMetrics metrics;

	private final Clock clock;

	RunFinisher(RunRepository runs, Outbox outbox, RunMetrics metrics, Clock clock) {
		this.runs = runs;
		this.outbox = outbox;
		this.metrics = metrics;
		this.clock = clock;
	}

	@Transactional
	public void finish(Run run, ModelSpec spec, RunOutcome outcome, Map<String, Long> durations,
			@Nullable String failureReason) {
		RunState status = (failureReason == null) ? RunState.SUCCEEDED : RunState.FAILED;
		Instant now = this.clock.instant();
		if (!this.runs.finish(run.id(), status, now, outcome.toResult(durations), failureReason)) {
			return;
		}
		this.outbox.add(BINDING, event(run, spec, outcome, failureReason, now));
		this.metrics.counted(run.model(), status, run.trigger());
	}

	private static TrainingRunFinished event(Run run, ModelSpec spec, RunOutcome outcome,
			@Nullable String failureReason, Instant now) {
		Instant started = (run.startedAt() != null) ? run.startedAt() : now;
		TrainingContext context = new TrainingContext(run.trigger(), run.requestedBy(), run.alertId(),
				String.valueOf(spec.task()), String.valueOf(spec.label()), String.valueOf(spec.algorithm()),
				run.specVersion(), outcome.holdoutRows,
				TrainingApplication.class.getPackage().getImplementationVersion());
		PromotionPolicy policy = (spec.promotion() != null) ? spec.promotion().toPolicy() : null;
		return new TrainingRunFinished(EventMetadata.create(run.correlationId()), run.model(), run.id(),
				(failureReason == null) ? RunStatus.SUCCEEDED : RunStatus.FAILED, failureReason, outcome.artifactId,
				outcome.artifactSha256, outcome.trainer, outcome.hyperparameters, outcome.metrics,
				outcome.championMetrics, outcome.championVersion,
				(outcome.fairness != null) ? outcome.fairness.gap() : null, outcome.trainingSet, started,
				now.isBefore(started) ? started : now, context, policy, outcome.fairness);
	}

}
