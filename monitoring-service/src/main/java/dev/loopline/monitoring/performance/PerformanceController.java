package dev.loopline.monitoring.performance;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.loopline.monitoring.reference.References;
import dev.loopline.servicekit.problem.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A champion's live performance over REST ({@code GET /v1/monitors/{model}/performance},
 * role read): the live metric over the labelled window, its baseline, and the last
 * prediction-drift result.
 */
@RestController
class PerformanceController {

	private final References references;

	private final PerformanceTracker tracker;

	private final PredictionDrift drift;

	PerformanceController(References references, PerformanceTracker tracker, PredictionDrift drift) {
		this.references = references;
		this.tracker = tracker;
		this.drift = drift;
	}

	@GetMapping("/v1/monitors/{model}/performance")
	Map<String, Object> performance(@PathVariable String model) {
		var reference = this.references.of(model).orElseThrow(() -> new NotFoundException("monitor", model));
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("model", model);
		view.put("version", reference.version());
		view.put("baseline", reference.metrics());
		this.tracker.status(model).ifPresent((live) -> view.put("live", live));
		this.drift.last(model).ifPresent((last) -> view.put("predictionDrift", last));
		return view;
	}

}
