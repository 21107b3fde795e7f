package dev.loopline.registry.artifact;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Copies a stored bundle into a temporary file one slice at a time ({@code substring} of
 * the {@code bytea}), hashing it on the way. PgJDBC materialises a whole {@code bytea}
 * value (its {@code getBinaryStream} wraps {@code getBytes}), so reading the column at
 * once would put the bundle on the heap; a slice keeps one megabyte there. The row and
 * all its slices are read in one read-only repeatable-read transaction, so they come from
 * one snapshot.
 */
@Component
class ArtifactSlices {

	static final int SLICE_BYTES = 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(ArtifactSlices.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate snapshot;

	ArtifactSlices(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	Optional<ArtifactInfo> info(UUID id) {
		return this.jdbc.sql("select id, sha256, size, created_at, model_name from artifact where id = ?")
			.param(id)
			.query((rs, n) -> new ArtifactInfo(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3),
					rs.getTimestamp(4).toInstant(), rs.getString(5)))
			.optional();
	}

	/**
	 * Copies an artifact's stored bytes into a new temporary file.
	 * @param id the artifact id
	 * @return the recorded info, the file (the caller deletes it) and the SHA-256 of the
	 * copied bytes, or empty if there is no such artifact
	 */
	Optional<Copy> copy(UUID id) {
		return Objects.requireNonNull(this.snapshot.execute((status) -> info(id).map(this::copy)));
	}

	private Copy copy(ArtifactInfo info) {
		MessageDigest digest = sha256();
		Path file = temporaryFile(info.id());
		try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
			int offset = 0;
			byte[] slice;
			do {
				slice = this.jdbc.sql("select substring(content from ? for ?) from artifact where id = ?")
					.params(offset + 1, SLICE_BYTES, info.id())
					.query(byte[].class)
					.single();
				out.write(slice);
				offset += slice.length;
			}
			while (slice.length == SLICE_BYTES);
		}
		catch (IOException ex) {
			delete(file);
			throw new UncheckedIOException("Could not copy artifact " + info.id() + " to " + file, ex);
		}
		catch (RuntimeException ex) {
			delete(file);
			throw ex;
		}
		return new Copy(info, file, HexFormat.of().formatHex(digest.digest()));
	}

	private static Path temporaryFile(UUID id) {
		try {
			return Files.createTempFile("loopline-artifact-" + id + "-", ".bin");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create a temporary file for artifact " + id, ex);
		}
	}

	static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete the temporary copy {}: {}", file, ex.getMessage());
		}
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	/**
	 * An artifact's bytes copied to a temporary file, not yet verified.
	 *
	 * @param info what was recorded at upload
	 * @param file the copy
	 * @param sha256 SHA-256 of the copied bytes (lowercase hex)
	 */
	record Copy(ArtifactInfo info, Path file, String sha256) {

	}

}
