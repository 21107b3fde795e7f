/**
 * Artifact storage for model bundles: streamed upload with SHA-256 and size, download
 * that verifies the stored bytes in a temporary copy before streaming it, a bounded
 * number at a time. The bytes live in PostgreSQL behind {@code ArtifactStore}.
 */
@NullMarked
package dev.loopline.registry.artifact;

import org.jspecify.annotations.NullMarked;
