package dev.loopline.registry.artifact;

/**
 * An artifact's bytes, checked against its recorded SHA-256.
 *
 * @param info what was recorded at upload
 * @param content the bytes
 */
public record VerifiedArtifact(ArtifactInfo info, byte[] content) {

}
