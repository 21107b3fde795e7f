package dev.loopline.featurestore.online;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Online features: {@code POST /v1/feature-views/{name}/online} (role {@code read}).
 */
@RestController
class OnlineController {

	private final OnlineLookup lookup;

	OnlineController(OnlineLookup lookup) {
		this.lookup = lookup;
	}

	@PostMapping("/v1/feature-views/{name}/online")
	OnlineResponse online(@PathVariable String name, @RequestBody OnlineRequest request) {
		return this.lookup.lookup(name, request);
	}

}
