package dev.loopline.registry.artifact;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored artifact as clients see it.
 *
 * @param id the artifact id
 * @param sha256 SHA-256 of the bytes (lowercase hex)
 * @param size the size in bytes
 * @param createdAt when it was stored
 * @param modelName the model it was uploaded for ({@code ?model=}), if named
 */
public record ArtifactInfo(UUID id, String sha256, long size, Instant createdAt, @Nullable String modelName) {

}
