package dev.loopline.training.run;

import java.time.Duration;

import dev.loopline.contracts.TrainingTrigger;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * The service's metrics: runs reaching each status ({@code loopline.training.runs}),
 * phase durations ({@code loopline.training.run.duration}) and the queue length
 * ({@code loopline.training.queue.size}, read from the database at scrape time, so it is
 * right across instances).
 */
@Component
public class RunMetrics {

	private final MeterRegistry registry;

	RunMetrics(MeterRegistry registry, RunRepository runs) {
		this.registry = registry;
		Gauge.builder("loopline.training.queue.size", runs, RunRepository::queueSize)
			.description("Training runs waiting for the worker")
			.register(registry);
	}

	/**
	 * Counts a run reaching a status.
	 * @param model the model
	 * @param status the status reached
	 * @param trigger what started the run
	 */
	public void counted(String model, RunState status, TrainingTrigger trigger) {
		this.registry
			.counter("loopline.training.runs", "model", model, "status", status.name(), "trigger", trigger.name())
			.increment();
	}

	/**
	 * Records how long a phase took.
	 * @param model the model
	 * @param phase the phase
	 * @param duration its duration
	 */
	public void timed(String model, Phase phase, Duration duration) {
		Timer.builder("loopline.training.run.duration")
			.description("Duration of a training run phase")
			.tag("model", model)
			.tag("phase", phase.id())
			.register(this.registry)
			.record(duration);
	}

}
