package dev.loopline.registry.artifact;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One download in flight: the verified temporary copy and the permit it holds. Closing it
 * (once the response body stream is closed, or when the request ends, whichever comes
 * first) deletes the copy and returns the permit, exactly once.
 */
final class Download implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Download.class);

	private final VerifiedArtifact artifact;

	private final Runnable release;

	private final AtomicBoolean closed = new AtomicBoolean();

	Download(VerifiedArtifact artifact, Runnable release) {
		this.artifact = artifact;
		this.release = release;
	}

	/**
	 * Opens the verified bytes; closing the stream closes the download.
	 * @return the stream
	 */
	InputStream open() {
		try {
			return new FilterInputStream(Files.newInputStream(this.artifact.file())) {

				@Override
				public void close() throws IOException {
					try {
						super.close();
					}
					finally {
						Download.this.close();
					}
				}

			};
		}
		catch (IOException ex) {
			close();
			throw new UncheckedIOException("Could not open the verified copy of artifact " + this.artifact.info().id(),
					ex);
		}
	}

	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		try {
			this.artifact.close();
		}
		catch (UncheckedIOException ex) {
			log.warn("Could not delete {}: {}", this.artifact.file(), ex.getCause().getMessage());
		}
		finally {
			this.release.run();
		}
	}

}
