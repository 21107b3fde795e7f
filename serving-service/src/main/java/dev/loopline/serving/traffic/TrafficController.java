package dev.loopline.serving.traffic;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import dev.loopline.servicekit.problem.BadRequestException;
import tools.jackson.databind.JsonNode;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET / PUT /v1/models/{name}/traffic}: the canary's share of a model's requests
 * ({@code {"canaryPercent": 0..100}}). PUT needs {@code operate}.
 */
@RestController
class TrafficController {

	private final TrafficSplits splits;

	TrafficController(TrafficSplits splits) {
		this.splits = splits;
	}

	@GetMapping("/v1/models/{name}/traffic")
	Map<String, Object> get(@PathVariable String name) {
		return Map.of("model", name, "canaryPercent", this.splits.canaryPercent(name));
	}

	@PutMapping("/v1/models/{name}/traffic")
	Map<String, Object> put(@PathVariable String name, @RequestBody JsonNode body, Principal principal) {
		JsonNode percent = body.get("canaryPercent");
		if (percent == null || !percent.isIntegralNumber() || percent.asInt() < 0 || percent.asInt() > 100) {
			throw new BadRequestException("invalid-traffic", "Invalid traffic split",
					"canaryPercent must be a whole number from 0 to 100", Map.of("errors", List.of(Map.of("field",
							"canaryPercent", "message", "must be a whole number from 0 to 100, was " + percent))));
		}
		this.splits.set(name, percent.asInt(), principal.getName());
		return get(name);
	}

}
