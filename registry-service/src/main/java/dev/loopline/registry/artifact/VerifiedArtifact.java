package dev.loopline.registry.artifact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An artifact's bytes in a temporary file, checked against its recorded SHA-256. Closing
 * it deletes the file; whoever receives one must close it.
 *
 * @param info what was recorded at upload
 * @param file the verified bytes
 */
public record VerifiedArtifact(ArtifactInfo info, Path file) implements AutoCloseable {

	@Override
	public void close() {
		try {
			Files.deleteIfExists(this.file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete the temporary copy " + this.file, ex);
		}
	}

}
