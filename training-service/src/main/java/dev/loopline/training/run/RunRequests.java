package dev.loopline.training.run;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.loopline.training.spec.ModelSpecVersion;
import dev.loopline.training.spec.ModelSpecs;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one path by which every trigger (REST, schedule, new data, commands) creates a run:
 * under a per-model lock it applies the {@link Cooldown}, then stores the run as QUEUED
 * or SKIPPED with its reason, and wakes the worker after the commit.
 */
@Service
public class RunRequests {

	private final ModelSpecs specs;

	private final RunRepository runs;

	private final RunMetrics metrics;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RunRequests(ModelSpecs specs, RunRepository runs, RunMetrics metrics, ApplicationEventPublisher events,
			Clock clock) {
		this.specs = specs;
		this.runs = runs;
		this.metrics = metrics;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Requests a run of the model's latest spec version.
	 * @param request the request
	 * @return the run, QUEUED or SKIPPED
	 * @throws dev.loopline.servicekit.problem.NotFoundException for a model without a
	 * spec
	 */
	@Transactional
	public Run request(RunRequest request) {
		ModelSpecVersion spec = this.specs.latest(request.model());
		this.runs.lockModel(request.model());
		Instant now = this.clock.instant();
		Optional<String> skip = Cooldown.skipReason(request.trigger(), now, this.runs.lastStart(request.model()),
				this.runs.hasQueued(request.model()), spec.spec().withDefaults().triggers().cooldown());
		UUID id = UUID.randomUUID();
		RunState status = skip.isPresent() ? RunState.SKIPPED : RunState.QUEUED;
		this.runs.insert(id, request, spec.version(), status, now, skip.orElse(null));
		this.metrics.counted(request.model(), status, request.trigger());
		if (status == RunState.QUEUED) {
			this.events.publishEvent(new RunQueued(id));
		}
		return this.runs.find(id).orElseThrow();
	}

	/**
	 * Published inside the transaction that queued a run; the worker wakes after commit.
	 *
	 * @param runId the queued run
	 */
	public record RunQueued(UUID runId) {
	}

}
