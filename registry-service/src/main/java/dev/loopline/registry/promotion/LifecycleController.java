package dev.loopline.registry.promotion;

import jakarta.validation.Valid;

import dev.loopline.registry.model.ModelRepository;
import dev.loopline.registry.version.ModelVersion;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Manual lifecycle moves: approve a version waiting for approval, reject a version, roll
 * the champion back in one call.
 */
@RestController
@RequestMapping("/v1/models/{name}")
class LifecycleController {

	private final ModelRepository models;

	private final Lifecycle lifecycle;

	LifecycleController(ModelRepository models, Lifecycle lifecycle) {
		this.models = models;
		this.lifecycle = lifecycle;
	}

	@PostMapping("/versions/{version}/approve")
	ModelVersion approve(@PathVariable String name, @PathVariable int version,
			@Valid @RequestBody LifecycleRequests.Reason request) {
		this.models.require(name);
		return this.lifecycle.approve(name, version, request.reason());
	}

	@PostMapping("/versions/{version}/reject")
	ModelVersion reject(@PathVariable String name, @PathVariable int version,
			@Valid @RequestBody LifecycleRequests.Reason request) {
		this.models.require(name);
		return this.lifecycle.reject(name, version, request.reason());
	}

	@PostMapping("/rollback")
	ModelVersion rollback(@PathVariable String name, @Valid @RequestBody LifecycleRequests.Rollback request) {
		this.models.require(name);
		return this.lifecycle.rollback(name, request.toVersion(), request.reason());
	}

}
