package dev.loopline.registry.artifact;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one shape of an artifact download, shared by {@code /v1/artifacts/{id}} and the
 * version's {@code /artifact}.
 */
public final class Downloads {

	/** The header carrying the bundle's SHA-256 (lowercase hex). */
	public static final String SHA256_HEADER = "X-Content-SHA256";

	private Downloads() {
	}

	public static ResponseEntity<byte[]> of(VerifiedArtifact artifact) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.contentLength(artifact.content().length)
			.header(SHA256_HEADER, artifact.info().sha256())
			.body(artifact.content());
	}

}
