package dev.loopline.registry.artifact;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where model bundles are kept. The registry ships {@link PostgresArtifactStore} (bytes
 * in a {@code bytea} column, so one backup holds models and metadata); a filesystem or S3
 * store only has to implement these three methods.
 */
public interface ArtifactStore {

	/**
	 * Stores a bundle, hashing it while it streams in.
	 * @param modelName the model it belongs to, if known
	 * @param content the bytes
	 * @param maxBytes the largest accepted size
	 * @return the stored artifact's id, SHA-256 and size
	 * @throws dev.loopline.servicekit.problem.PayloadTooLargeException if the content is
	 * longer than {@code maxBytes}
	 */
	ArtifactInfo store(@Nullable String modelName, InputStream content, long maxBytes);

	/**
	 * Describes a stored artifact without reading its bytes.
	 * @param id the artifact id
	 * @return its id, recorded SHA-256, size and model, or empty
	 */
	Optional<ArtifactInfo> info(UUID id);

	/**
	 * Copies a bundle into a temporary file and checks it against its recorded SHA-256,
	 * without holding it in memory.
	 * @param id the artifact id
	 * @return the verified copy; the caller closes it, which deletes the file
	 * @throws dev.loopline.servicekit.problem.NotFoundException if there is none
	 * @throws ArtifactCorruptException if the bytes do not match the recorded hash
	 */
	VerifiedArtifact load(UUID id);

}
