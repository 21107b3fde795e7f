package dev.loopline.registry.artifact;

import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import dev.loopline.servicekit.problem.NotFoundException;
import dev.loopline.servicekit.problem.PayloadTooLargeException;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps bundles in the {@code artifact} table ({@code bytea}). The upload streams through
 * a {@link DigestInputStream} into the driver, so the service never holds the bundle
 * twice; the hash is written in the same transaction once the stream ends. A download is
 * copied slice by slice into a temporary file ({@link ArtifactSlices}) and verified
 * there, so it never holds the bundle in memory.
 */
@Repository
class PostgresArtifactStore implements ArtifactStore {

	private static final Logger log = LoggerFactory.getLogger(PostgresArtifactStore.class);

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final ArtifactSlices slices;

	private final MeterRegistry meters;

	PostgresArtifactStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ArtifactSlices slices, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.slices = slices;
		this.meters = meters;
		// at zero from the start, so an alert on its increase fires on the first one
		meters.counter("loopline.registry.artifacts.corrupt");
	}

	@Override
	@Transactional
	public ArtifactInfo store(@Nullable String modelName, InputStream content, long maxBytes) {
		UUID id = UUID.randomUUID();
		MessageDigest digest = ArtifactSlices.sha256();
		LimitedInputStream limited = new LimitedInputStream(new DigestInputStream(content, digest), maxBytes);
		try {
			this.jdbcTemplate.update(
					"insert into artifact (id, sha256, size, content, model_name) values (?, '', 0, ?, ?)", (ps) -> {
						ps.setObject(1, id);
						ps.setBinaryStream(2, limited);
						ps.setString(3, modelName);
					});
		}
		catch (DataAccessException ex) {
			if (limited.exceeded()) {
				throw new PayloadTooLargeException(maxBytes, "The artifact is longer than the limit of " + maxBytes
						+ " bytes (loopline.registry.max-artifact-size).");
			}
			throw ex;
		}
		String sha256 = HexFormat.of().formatHex(digest.digest());
		Timestamp createdAt = this.jdbc
			.sql("update artifact set sha256 = ?, size = ? where id = ? returning created_at")
			.params(sha256, limited.count(), id)
			.query(Timestamp.class)
			.single();
		this.meters.summary("loopline.registry.artifacts.bytes").record(limited.count());
		return new ArtifactInfo(id, sha256, limited.count(), createdAt.toInstant(), modelName);
	}

	@Override
	public Optional<ArtifactInfo> info(UUID id) {
		return this.slices.info(id);
	}

	@Override
	public VerifiedArtifact load(UUID id) {
		ArtifactSlices.Copy copy = this.slices.copy(id).orElseThrow(() -> new NotFoundException("artifact", id));
		ArtifactInfo info = copy.info();
		if (!copy.sha256().equals(info.sha256())) {
			ArtifactSlices.delete(copy.file());
			log.error("Artifact {} is corrupt: stored bytes have SHA-256 {}, recorded {}", id, copy.sha256(),
					info.sha256());
			this.meters.counter("loopline.registry.artifacts.corrupt").increment();
			throw new ArtifactCorruptException(id, info.sha256(), copy.sha256());
		}
		return new VerifiedArtifact(info, copy.file());
	}

}
