package dev.loopline.training.run;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.loopline.models.algorithm.Algorithms;
import dev.loopline.models.algorithm.InvalidHyperparametersException;
import dev.loopline.models.Task;
import dev.loopline.servicekit.problem.BadRequestException;
import dev.loopline.servicekit.problem.ConflictException;
import dev.loopline.servicekit.problem.NotFoundException;
import dev.loopline.training.spec.ModelSpec;
import dev.loopline.training.spec.ModelSpecs;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads runs, cancels queued ones and checks a manual request's hyperparameter overrides
 * before a run is queued (a bad override is the client's error, not a failed run).
 */
@Service
class RunQueries {

	private static final int MAX_PAGE_SIZE = 200;

	private final RunRepository runs;

	private final ModelSpecs specs;

	private final Clock clock;

	RunQueries(RunRepository runs, ModelSpecs specs, Clock clock) {
		this.runs = runs;
		this.specs = specs;
		this.clock = clock;
	}

	List<Run> page(@Nullable String model, @Nullable RunState status, int page, int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new BadRequestException("invalid-page", "Invalid page",
					"page must be >= 0 and size in [1, " + MAX_PAGE_SIZE + "], were " + page + " and " + size);
		}
		return this.runs.page(model, status, page, size);
	}

	Optional<Run> find(UUID id) {
		return this.runs.find(id);
	}

	@Transactional
	Run cancel(UUID id) {
		Run run = this.runs.find(id).orElseThrow(() -> new NotFoundException("run", id));
		if (!this.runs.cancelQueued(id, this.clock.instant())) {
			throw new ConflictException("run-not-queued", "Run not queued",
					"Run " + id + " is " + run.status() + "; only a queued run can be cancelled",
					Map.of("runId", id.toString(), "status", run.status().name()));
		}
		return this.runs.find(id).orElseThrow();
	}

	void checkOverrides(String model, @Nullable Map<String, Object> overrides) {
		ModelSpec spec = this.specs.latest(model).spec();
		if (overrides == null || overrides.isEmpty()) {
			return;
		}
		Map<String, Object> merged = new HashMap<>(
				(spec.hyperparameters() != null) ? spec.hyperparameters() : Map.of());
		merged.putAll(overrides);
		try {
			Algorithms.validate(Task.of(String.valueOf(spec.task())), String.valueOf(spec.algorithm()), merged);
		}
		catch (InvalidHyperparametersException ex) {
			List<Map<String, String>> errors = ex.getErrors()
				.stream()
				.map((message) -> Map.of("path", "parameters", "message", message))
				.toList();
			throw new BadRequestException("invalid-parameters", "Invalid hyperparameter overrides",
					errors.size() + " error(s) in the overrides for '" + model + "'", Map.of("errors", errors));
		}
	}

}
