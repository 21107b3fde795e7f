package dev.loopline.featurestore.view;

import java.net.URI;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The feature view registry over REST: register a view (version 1), add versions, edit a
 * version until it is used, read them.
 */
@RestController
@RequestMapping("/v1/feature-views")
class FeatureViewController {

	private final FeatureViewCatalog catalog;

	FeatureViewController(FeatureViewCatalog catalog) {
		this.catalog = catalog;
	}

	@PostMapping
	ResponseEntity<ViewResponse> create(@RequestBody JsonNode body) {
		return created(this.catalog.create(body));
	}

	@PostMapping("/{name}/versions")
	ResponseEntity<ViewResponse> addVersion(@PathVariable String name, @RequestBody JsonNode body) {
		return created(this.catalog.addVersion(name, body));
	}

	@PutMapping("/{name}/versions/{version}")
	ViewResponse replace(@PathVariable String name, @PathVariable int version, @RequestBody JsonNode body) {
		return ViewResponse.of(this.catalog.replace(name, version, body));
	}

	@GetMapping
	List<ViewResponse> list() {
		return this.catalog.latestOfEach().stream().map(ViewResponse::of).toList();
	}

	@GetMapping("/{name}")
	ViewResponse latest(@PathVariable String name) {
		List<FeatureView> versions = this.catalog.versions(name);
		return ViewResponse.of(versions.get(versions.size() - 1));
	}

	@GetMapping("/{name}/versions")
	List<ViewResponse> versions(@PathVariable String name) {
		return this.catalog.versions(name).stream().map(ViewResponse::of).toList();
	}

	@GetMapping("/{name}/versions/{version}")
	ViewResponse version(@PathVariable String name, @PathVariable int version) {
		return ViewResponse.of(this.catalog.version(name, version));
	}

	private static ResponseEntity<ViewResponse> created(FeatureView view) {
		URI location = URI.create("/v1/feature-views/" + view.name() + "/versions/" + view.version());
		return ResponseEntity.created(location).body(ViewResponse.of(view));
	}

}
