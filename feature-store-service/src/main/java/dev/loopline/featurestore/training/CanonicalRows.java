package dev.loopline.featurestore.training;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical serialization of training rows and their content hash: one compact JSON
 * object per row in {@link TrainingRow}'s field order, values in column order, nulls
 * written, then a newline (this is the NDJSON body byte for byte). The content hash is
 * {@code sha256:<hex>} over those lines in row order, so the same rows in the same order
 * always hash the same, whatever format they are downloaded in.
 */
final class CanonicalRows {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.ALWAYS)
			.withContentInclusion(JsonInclude.Include.ALWAYS))
		.build();

	private final MessageDigest digest;

	private long count;

	CanonicalRows() {
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	/** The canonical line of a row, newline included. */
	static byte[] line(TrainingRow row) {
		String json = JSON.writeValueAsString(row);
		return (json + "\n").getBytes(StandardCharsets.UTF_8);
	}

	/** Adds a row to the hash and returns its canonical line. */
	byte[] add(TrainingRow row) {
		byte[] line = line(row);
		this.digest.update(line);
		this.count++;
		return line;
	}

	long count() {
		return this.count;
	}

	/** The hash of the rows added so far; call once, at the end. */
	String hash() {
		return "sha256:" + HexFormat.of().formatHex(this.digest.digest());
	}

}
