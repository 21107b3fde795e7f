package dev.loopline.training.spec;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Model specs over REST: every PUT stores a new version (201 for the first, 200 after).
 */
@RestController
@RequestMapping("/v1/model-specs")
class ModelSpecController {

	private final ModelSpecs specs;

	ModelSpecController(ModelSpecs specs) {
		this.specs = specs;
	}

	@PutMapping("/{name}")
	ResponseEntity<ModelSpecVersion> put(@PathVariable String name, @RequestBody ModelSpec spec) {
		ModelSpecVersion stored = this.specs.put(name, spec);
		if (stored.version() == 1) {
			return ResponseEntity.created(URI.create("/v1/model-specs/" + name)).body(stored);
		}
		return ResponseEntity.ok(stored);
	}

	@GetMapping
	List<ModelSpecVersion> list() {
		return this.specs.latestOfEach();
	}

	@GetMapping("/{name}")
	ModelSpecVersion latest(@PathVariable String name) {
		return this.specs.latest(name);
	}

	@GetMapping("/{name}/versions")
	List<ModelSpecVersion> versions(@PathVariable String name) {
		return this.specs.versions(name);
	}

	@GetMapping("/{name}/versions/{version}")
	ModelSpecVersion version(@PathVariable String name, @PathVariable int version) {
		return this.specs.version(name, version);
	}

}
