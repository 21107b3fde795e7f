package dev.loopline.training.worker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.loopline.servicekit.observability.CorrelationIdFilter;
import dev.loopline.training.run.Run;
import dev.loopline.training.run.RunMetrics;
import dev.loopline.training.run.RunRepository;
import dev.loopline.training.spec.ModelSpec;
import dev.loopline.training.spec.ModelSpecs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs one claimed run to its end: executes its phases, then records it as SUCCEEDED, or
 * FAILED with the reason of whatever went wrong; never throws. The run's correlation id
 * is in the MDC (logs) and in the calls to the other services.
 */
@Component
class RunRunner {

	private static final Logger log = LoggerFactory.getLogger(RunRunner.class);

	static final String INTERRUPTED = "interrupted by a restart of the training service";

	private static final RetryTemplate FINISH_RETRY = new RetryTemplate(RetryPolicy.builder()
		.maxRetries(5)
		.delay(Duration.ofSeconds(1))
		.multiplier(2)
		.maxDelay(Duration.ofSeconds(15))
		.build());

	private final RunRepository runs;

	private final ModelSpecs specs;

	private final RunExecution execution;

	private final RunFinisher finisher;

	private final RunMetrics metrics;

	private final Clock clock;

	RunRunner(RunRepository runs, ModelSpecs specs, RunExecution execution, RunFinisher finisher, RunMetrics metrics,
			Clock clock) {
		this.runs = runs;
		this.specs = specs;
		this.execution = execution;
		this.finisher = finisher;
		this.metrics = metrics;
		this.clock = clock;
	}

	Instant now() {
		return this.clock.instant();
	}

	void run(UUID runId) {
		Run run = this.runs.find(runId).orElseThrow();
		ModelSpec spec = this.specs.version(run.model(), run.specVersion()).spec().withDefaults();
		RunTracker tracker = new RunTracker(runId, run.model(), this.runs, this.metrics, this.clock);
		RunOutcome outcome = new RunOutcome();
		try (MDC.MDCCloseable mdc = MDC.putCloseable(CorrelationIdFilter.MDC_KEY, run.correlationId())) {
			log.info("Training run {} of model {} ({} trigger)", runId, run.model(), run.trigger());
			String failure = null;
			try {
				this.execution.execute(run, spec, tracker, outcome);
			}
			catch (RuntimeException | LinkageError ex) {
				failure = FailureReasons.of(ex);
				log.warn("Training run {} of model {} failed: {}", runId, run.model(), failure, ex);
			}
			finishSafely(this.runs.find(runId).orElse(run), spec, outcome, tracker.durations(), failure);
		}
	}

	/**
	 * Marks the runs a previous process left running as failed (each with its event).
	 */
	void failInterrupted() {
		for (UUID id : this.runs.running()) {
			Run run = this.runs.find(id).orElseThrow();
			ModelSpec spec = this.specs.version(run.model(), run.specVersion()).spec().withDefaults();
			log.warn("Run {} of model {} was left running: marking it failed", id, run.model());
			finishSafely(run, spec, new RunOutcome(), Map.of(), INTERRUPTED);
		}
	}

	/**
	 * Records the end with retries (a database blip must not leave the model's queue
	 * blocked behind a RUNNING run); a success that cannot be recorded is recorded as a
	 * failure. Only if even that fails does the run stay RUNNING until the next start.
	 */
	private void finishSafely(Run run, ModelSpec spec, RunOutcome outcome, Map<String, Long> durations,
			String failure) {
		try {
			FINISH_RETRY.invoke(() -> this.finisher.finish(run, spec, outcome, durations, failure));
			return;
		}
		catch (RuntimeException ex) {
			log.error("Could not record the end of run {}", run.id(), ex);
			if (failure != null) {
				return;
			}
		}
		try {
			FINISH_RETRY.invoke(() -> this.finisher.finish(run, spec, new RunOutcome(), durations,
					"the run trained but its success could not be recorded"));
		}
		catch (RuntimeException ex) {
			log.error("Could not record run {} as failed either; the next start will", run.id(), ex);
		}
	}

}
