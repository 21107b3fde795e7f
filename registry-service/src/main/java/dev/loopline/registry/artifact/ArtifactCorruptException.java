package dev.loopline.registry.artifact;

import java.util.Map;
import java.util.UUID;

import dev.loopline.servicekit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The stored bytes of an artifact no longer match the SHA-256 recorded at upload. A
 * server-side fault (500), but answered as a problem detail so a client can tell it from
 * a crash and never loads the bundle.
 */
public class ArtifactCorruptException extends ProblemException {

	public ArtifactCorruptException(UUID id, String expected, String actual) {
		super(HttpStatus.INTERNAL_SERVER_ERROR, "artifact-corrupt", "Artifact corrupt",
				"The stored bytes of artifact " + id + " have SHA-256 " + actual + ", not the recorded " + expected
						+ "; refusing to serve them.",
				Map.of("artifactId", id.toString(), "expectedSha256", expected, "actualSha256", actual));
	}

}
