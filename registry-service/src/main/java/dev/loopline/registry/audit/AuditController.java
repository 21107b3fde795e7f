package dev.loopline.registry.audit;

import dev.loopline.registry.model.ModelRepository;
import dev.loopline.registry.web.Page;
import dev.loopline.registry.web.Paging;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A model's audit log, newest first.
 */
@RestController
class AuditController {

	private final AuditLog log;

	private final ModelRepository models;

	private final Paging paging;

	AuditController(AuditLog log, ModelRepository models, Paging paging) {
		this.log = log;
		this.models = models;
		this.paging = paging;
	}

	@GetMapping("/v1/models/{name}/audit")
	Page<AuditEvent> audit(@PathVariable String name, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		this.models.require(name);
		return this.log.list(name, this.paging.of(page, size));
	}

}
