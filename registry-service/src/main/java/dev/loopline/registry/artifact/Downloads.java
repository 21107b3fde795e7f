package dev.loopline.registry.artifact;

import java.util.UUID;

import dev.loopline.registry.config.RegistryProperties;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one shape of an artifact download, shared by {@code /v1/artifacts/{id}} and the
 * version's {@code /artifact}: a permit, a verified temporary copy (nothing is sent
 * unless the whole bundle matches its recorded SHA-256), then the copy streamed with
 * {@code Content-Length} and {@code X-Content-SHA256}. The service never holds a bundle
 * in memory.
 */
@Component
public class Downloads {

	/** The header carrying the bundle's SHA-256 (lowercase hex). */
	public static final String SHA256_HEADER = "X-Content-SHA256";

	private final ArtifactStore store;

	private final DownloadPermits permits;

	Downloads(ArtifactStore store, RegistryProperties properties, MeterRegistry meters) {
		this.store = store;
		this.permits = new DownloadPermits(properties.maxConcurrentDownloads(), meters);
	}

	/**
	 * Serves an artifact.
	 * @param id the artifact id
	 * @return the response; the copy is deleted once its body is written or the request
	 * ends
	 * @throws dev.loopline.servicekit.problem.ServiceUnavailableException if too many
	 * downloads run
	 * @throws dev.loopline.servicekit.problem.NotFoundException if there is no such
	 * artifact
	 * @throws ArtifactCorruptException if the stored bytes do not match the recorded hash
	 */
	public ResponseEntity<Resource> serve(UUID id) {
		Runnable release = this.permits.acquire();
		VerifiedArtifact artifact;
		try {
			artifact = this.store.load(id);
		}
		catch (RuntimeException ex) {
			release.run();
			throw ex;
		}
		Download download = new Download(artifact, release);
		// the converter closes the body stream after writing; this covers a response
		// that is never written
		RequestContextHolder.currentRequestAttributes()
			.registerDestructionCallback(Download.class.getName() + "." + id, download::close,
					RequestAttributes.SCOPE_REQUEST);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.contentLength(artifact.info().size())
			.header(SHA256_HEADER, artifact.info().sha256())
			.body(new InputStreamResource(download.open()));
	}

}
