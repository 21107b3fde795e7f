/**
 * Artifact storage for model bundles: streamed upload with SHA-256 and size, download
 * that verifies the stored bytes first. The bytes live in PostgreSQL behind
 * {@code ArtifactStore}.
 */
@NullMarked
package dev.loopline.registry.artifact;

import org.jspecify.annotations.NullMarked;
