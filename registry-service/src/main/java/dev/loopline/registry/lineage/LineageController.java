package dev.loopline.registry.lineage;

import java.util.Map;

import dev.loopline.registry.model.ModelRepository;
import dev.loopline.registry.version.ModelVersion;
import dev.loopline.registry.version.VersionRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A version's lineage chain and its model card (JSON, or markdown with
 * {@code Accept: text/markdown} or {@code ?format=markdown}).
 */
@RestController
@RequestMapping("/v1/models/{name}/versions/{version}")
class LineageController {

	static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");

	private final ModelRepository models;

	private final VersionRepository versions;

	LineageController(ModelRepository models, VersionRepository versions) {
		this.models = models;
		this.versions = versions;
	}

	@GetMapping("/lineage")
	Map<String, Object> lineage(@PathVariable String name, @PathVariable int version) {
		return Lineage.of(find(name, version));
	}

	@GetMapping(path = "/card", produces = "text/markdown")
	ResponseEntity<String> markdownCard(@PathVariable String name, @PathVariable int version) {
		return ResponseEntity.ok()
			.contentType(MARKDOWN)
			.body(ModelCardMarkdown.render(ModelCard.of(find(name, version))));
	}

	@GetMapping(path = "/card", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> card(@PathVariable String name, @PathVariable int version,
			@RequestParam(required = false) @Nullable String format) {
		if ("markdown".equalsIgnoreCase(format)) {
			return markdownCard(name, version);
		}
		return ResponseEntity.ok(ModelCard.of(find(name, version)));
	}

	private ModelVersion find(String name, int version) {
		this.models.require(name);
		return this.versions.require(name, version);
	}

}
