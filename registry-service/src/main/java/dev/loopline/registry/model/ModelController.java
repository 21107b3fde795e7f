package dev.loopline.registry.model;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;

import dev.loopline.registry.web.Names;
import dev.loopline.registry.web.Page;
import dev.loopline.registry.web.Paging;
import dev.loopline.registry.web.Tags;
import dev.loopline.servicekit.problem.ConflictException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registered models: create, search with filters and pages, describe, tag, delete (only a
 * model without versions: versions are history and stay).
 */
@RestController
@RequestMapping("/v1/models")
class ModelController {

	private final ModelRepository models;

	private final Paging paging;

	ModelController(ModelRepository models, Paging paging) {
		this.models = models;
		this.paging = paging;
	}

	@PostMapping
	ResponseEntity<RegisteredModel> create(@Valid @RequestBody ModelRequests.Create request) {
		String name = Names.model(request.name());
		Map<String, String> tags = (request.tags() != null) ? request.tags() : Map.of();
		tags.forEach((key, value) -> Names.tagValue(Names.tagKey(key), value));
		if (!this.models.create(name, request.description(), tags)) {
			throw new ConflictException("model-exists", "Model exists", "A model named '" + name + "' exists.",
					Map.of("modelId", name));
		}
		return ResponseEntity.created(URI.create("/v1/models/" + name)).body(this.models.require(name));
	}

	@GetMapping
	Page<RegisteredModel> search(@RequestParam(required = false) @Nullable String nameLike,
			@RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.models.search(nameLike, Tags.filter(tag), this.paging.of(page, size));
	}

	@GetMapping("/{name}")
	RegisteredModel get(@PathVariable String name) {
		return this.models.require(name);
	}

	@PatchMapping("/{name}")
	RegisteredModel describe(@PathVariable String name, @Valid @RequestBody ModelRequests.Describe request) {
		this.models.require(name);
		this.models.describe(name, request.description());
		return this.models.require(name);
	}

	@DeleteMapping("/{name}")
	@Transactional
	ResponseEntity<Void> delete(@PathVariable String name) {
		this.models.lock(name);
		if (this.models.require(name).latestVersion() != null) {
			throw new ConflictException("model-has-versions", "Model has versions",
					"Model '" + name + "' has versions; they are history and are not deleted.",
					Map.of("modelId", name));
		}
		this.models.delete(name);
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/{name}/tags/{key}")
	RegisteredModel setTag(@PathVariable String name, @PathVariable String key,
			@Valid @RequestBody ModelRequests.TagValue request) {
		this.models.require(name);
		this.models.setTag(name, Names.tagKey(key), Names.tagValue(key, request.value()));
		return this.models.require(name);
	}

	@DeleteMapping("/{name}/tags/{key}")
	ResponseEntity<Void> removeTag(@PathVariable String name, @PathVariable String key) {
		this.models.require(name);
		this.models.removeTag(name, key);
		return ResponseEntity.noContent().build();
	}

}
