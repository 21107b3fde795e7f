package dev.loopline.registry.version;

import java.util.Map;

import dev.loopline.registry.web.Page;
import dev.loopline.registry.web.Paging;
import dev.loopline.registry.web.Tags;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Searches versions across models:
 * {@code GET /v1/versions?model=&status=&tag=key:value&metric.accuracy.gte=0.9}.
 */
@RestController
class VersionSearchController {

	private final VersionRepository versions;

	private final Paging paging;

	VersionSearchController(VersionRepository versions, Paging paging) {
		this.versions = versions;
		this.paging = paging;
	}

	@GetMapping("/v1/versions")
	Page<ModelVersion> search(@RequestParam(required = false) @Nullable String model,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, @RequestParam Map<String, String> parameters) {
		VersionQuery query = new VersionQuery(model, VersionController.status(status), Tags.filter(tag),
				VersionQuery.bounds(parameters));
		return this.versions.search(query, this.paging.of(page, size));
	}

}
