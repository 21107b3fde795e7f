package dev.loopline.registry.artifact;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import dev.loopline.registry.config.RegistryProperties;
import dev.loopline.registry.web.Names;
import dev.loopline.servicekit.problem.NotFoundException;
import dev.loopline.servicekit.problem.PayloadTooLargeException;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Uploads and downloads model bundles. A download is verified against the recorded
 * SHA-256 before a byte is sent ({@link Downloads}), and carries the hash in
 * {@code X-Content-SHA256} so the client checks it again.
 */
@RestController
class ArtifactController {

	private final ArtifactStore store;

	private final Downloads downloads;

	private final RegistryProperties properties;

	ArtifactController(ArtifactStore store, Downloads downloads, RegistryProperties properties) {
		this.store = store;
		this.downloads = downloads;
		this.properties = properties;
	}

	@PostMapping(path = "/v1/artifacts", consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
	ResponseEntity<ArtifactInfo> upload(@RequestParam(required = false) @Nullable String model,
			HttpServletRequest request) throws IOException {
		long max = this.properties.maxArtifactSize().toBytes();
		if (request.getContentLengthLong() > max) {
			throw new PayloadTooLargeException(max, "The artifact has " + request.getContentLengthLong()
					+ " bytes, more than the limit of " + max + " bytes (loopline.registry.max-artifact-size).");
		}
		ArtifactInfo info = this.store.store((model != null) ? Names.model(model) : null, request.getInputStream(),
				max);
		return ResponseEntity.created(URI.create("/v1/artifacts/" + info.id())).body(info);
	}

	@GetMapping("/v1/artifacts/{id}")
	ResponseEntity<Resource> download(@PathVariable String id) {
		return this.downloads.serve(parse(id));
	}

	/**
	 * Parses an artifact id; a string that is no UUID names no artifact.
	 * @param id the id from the path
	 * @return the UUID
	 */
	static UUID parse(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("artifact", id);
		}
	}

}
