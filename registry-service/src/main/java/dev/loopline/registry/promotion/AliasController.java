package dev.loopline.registry.promotion;

import jakarta.validation.Valid;

import dev.loopline.registry.model.ModelRepository;
import dev.loopline.registry.version.ModelVersion;
import dev.loopline.registry.version.VersionRepository;
import dev.loopline.registry.web.Names;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Aliases (MLflow style): {@code champion}, {@code challenger}, {@code canary},
 * {@code shadow} or any name, each pointing at one version. Setting one publishes
 * {@code ModelPromoted} with that alias.
 */
@RestController
@RequestMapping("/v1/models/{name}/aliases/{alias}")
class AliasController {

	private final ModelRepository models;

	private final VersionRepository versions;

	private final AliasRepository aliases;

	private final Lifecycle lifecycle;

	AliasController(ModelRepository models, VersionRepository versions, AliasRepository aliases, Lifecycle lifecycle) {
		this.models = models;
		this.versions = versions;
		this.aliases = aliases;
		this.lifecycle = lifecycle;
	}

	@GetMapping
	ModelVersion get(@PathVariable String name, @PathVariable String alias) {
		this.models.require(name);
		int version = this.aliases.get(name, alias).orElseThrow(() -> Transitions.aliasNotFound(name, alias));
		return this.versions.require(name, version);
	}

	@PutMapping
	ModelVersion set(@PathVariable String name, @PathVariable String alias,
			@Valid @RequestBody LifecycleRequests.SetAlias request) {
		this.models.require(name);
		String reason = (request.reason() != null && !request.reason().isBlank()) ? request.reason()
				: "alias " + alias + " set to v" + request.version();
		return this.lifecycle.setAlias(name, Names.alias(alias), request.version(), reason);
	}

	@DeleteMapping
	ResponseEntity<Void> remove(@PathVariable String name, @PathVariable String alias) {
		this.models.require(name);
		this.lifecycle.removeAlias(name, alias);
		return ResponseEntity.noContent().build();
	}

}
