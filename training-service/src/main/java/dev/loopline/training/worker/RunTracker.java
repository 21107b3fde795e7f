package dev.loopline.training.worker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import dev.loopline.training.run.Phase;
import dev.loopline.training.run.RunMetrics;
import dev.loopline.training.run.RunRepository;

/**
 * Follows one run through its phases: stores the current phase and progress (so
 * {@code GET /v1/runs/{id}} shows them while it runs), times each phase into the run's
 * durations and the {@code loopline.training.run.duration} timer.
 */
final class RunTracker {

	/** Progress at the start of each phase; fitting takes most of a run. */
	private static final Map<Phase, Double> START = Map.of(Phase.FETCH, 0.0, Phase.SPLIT, 0.15, Phase.FIT, 0.2,
			Phase.EVALUATE, 0.75, Phase.CHAMPION, 0.8, Phase.PACKAGE, 0.9, Phase.UPLOAD, 0.95);

	private final UUID runId;

	private final String model;

	private final RunRepository runs;

	private final RunMetrics metrics;

	private final Clock clock;

	private final Map<String, Long> durations = new LinkedHashMap<>();

	RunTracker(UUID runId, String model, RunRepository runs, RunMetrics metrics, Clock clock) {
		this.runId = runId;
		this.model = model;
		this.runs = runs;
		this.metrics = metrics;
		this.clock = clock;
	}

	<T> T phase(Phase phase, Supplier<T> step) {
		this.runs.progress(this.runId, phase, START.get(phase));
		Instant start = this.clock.instant();
		try {
			return step.get();
		}
		finally {
			Duration took = Duration.between(start, this.clock.instant());
			this.durations.put(phase.id(), took.toMillis());
			this.metrics.timed(this.model, phase, took);
		}
	}

	/**
	 * Reports progress inside the fit phase (the trainer's coarse steps, 0..1).
	 */
	void fitProgress(double fraction) {
		double start = START.get(Phase.FIT);
		this.runs.progress(this.runId, Phase.FIT, start + (START.get(Phase.EVALUATE) - start) * fraction);
	}

	Map<String, Long> durations() {
		return new LinkedHashMap<>(this.durations);
	}

}
