package dev.loopline.training.run;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.loopline.contracts.TrainingTrigger;
import dev.loopline.servicekit.observability.CorrelationIdFilter;
import dev.loopline.servicekit.problem.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Runs over REST: request a run of a model (manual trigger, 202 with the queued run),
 * list and read runs with their transitions, cancel a queued run.
 */
@RestController
class RunController {

	private final RunRequests requests;

	private final RunQueries queries;

	RunController(RunRequests requests, RunQueries queries) {
		this.requests = requests;
		this.queries = queries;
	}

	@PostMapping("/v1/model-specs/{name}/runs")
	ResponseEntity<Run> request(@PathVariable String name, @RequestBody(required = false) @Nullable RunBody body,
			Principal principal) {
		RunBody given = (body != null) ? body : new RunBody(null, null);
		this.queries.checkOverrides(name, given.parameters());
		String correlationId = (MDC.get(CorrelationIdFilter.MDC_KEY) != null) ? MDC.get(CorrelationIdFilter.MDC_KEY)
				: UUID.randomUUID().toString();
		Run run = this.requests.request(new RunRequest(name, TrainingTrigger.MANUAL, principal.getName(), correlationId,
				null, given.reason(), given.parameters()));
		return ResponseEntity.accepted().location(URI.create("/v1/runs/" + run.id())).body(run);
	}

	@GetMapping("/v1/runs")
	List<Run> list(@RequestParam(required = false) @Nullable String model,
			@RequestParam(required = false) @Nullable RunState status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.queries.page(model, status, page, size);
	}

	@GetMapping("/v1/runs/{id}")
	Run get(@PathVariable UUID id) {
		return this.queries.find(id).orElseThrow(() -> new NotFoundException("run", id));
	}

	@PostMapping("/v1/runs/{id}/cancel")
	Run cancel(@PathVariable UUID id) {
		return this.queries.cancel(id);
	}

	/**
	 * A manual run request.
	 *
	 * @param reason why
	 * @param parameters hyperparameter overrides for this run
	 */
	record RunBody(@Nullable String reason, @Nullable Map<String, Object> parameters) {
	}

}
