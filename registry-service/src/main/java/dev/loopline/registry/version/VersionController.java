package dev.loopline.registry.version;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import dev.loopline.registry.artifact.Downloads;
import dev.loopline.registry.model.ModelRepository;
import dev.loopline.registry.model.ModelRequests;
import dev.loopline.registry.web.Names;
import dev.loopline.registry.web.Page;
import dev.loopline.registry.web.Paging;
import dev.loopline.servicekit.problem.BadRequestException;
import dev.loopline.servicekit.problem.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A model's versions: list (by status, paged), read, describe, tag, and download the
 * bundle through the version.
 */
@RestController
@RequestMapping("/v1/models/{name}/versions")
class VersionController {

	private final ModelRepository models;

	private final VersionRepository versions;

	private final Downloads downloads;

	private final Paging paging;

	VersionController(ModelRepository models, VersionRepository versions, Downloads downloads, Paging paging) {
		this.models = models;
		this.versions = versions;
		this.downloads = downloads;
		this.paging = paging;
	}

	@GetMapping
	Page<ModelVersion> list(@PathVariable String name, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		this.models.require(name);
		return this.versions.list(name, status(status), this.paging.of(page, size));
	}

	@GetMapping("/{version}")
	ModelVersion get(@PathVariable String name, @PathVariable int version) {
		this.models.require(name);
		return this.versions.require(name, version);
	}

	@PatchMapping("/{version}")
	ModelVersion describe(@PathVariable String name, @PathVariable int version,
			@Valid @RequestBody ModelRequests.Describe request) {
		get(name, version);
		this.versions.describe(name, version, request.description());
		return this.versions.require(name, version);
	}

	@PutMapping("/{version}/tags/{key}")
	ModelVersion setTag(@PathVariable String name, @PathVariable int version, @PathVariable String key,
			@Valid @RequestBody ModelRequests.TagValue request) {
		get(name, version);
		this.versions.setTag(name, version, Names.tagKey(key), Names.tagValue(key, request.value()));
		return this.versions.require(name, version);
	}

	@DeleteMapping("/{version}/tags/{key}")
	ResponseEntity<Void> removeTag(@PathVariable String name, @PathVariable int version, @PathVariable String key) {
		get(name, version);
		this.versions.removeTag(name, version, key);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{version}/artifact")
	ResponseEntity<Resource> artifact(@PathVariable String name, @PathVariable int version) {
		ModelVersion found = get(name, version);
		UUID artifactId;
		try {
			artifactId = UUID.fromString(found.artifactId());
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("artifact", found.artifactId());
		}
		return this.downloads.serve(artifactId);
	}

	static @Nullable VersionStatus status(@Nullable String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return VersionStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("invalid-status", "Invalid status",
					"Unknown status '" + status + "', expected one of " + Arrays.toString(VersionStatus.values()) + ".",
					Map.of("status", status));
		}
	}

}
