package dev.loopline.ingestion.landing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives a record its id: the value of a client-named field, or a hash of its content, so
 * that the same record sent twice gets the same id and is landed once.
 */
public final class RecordIdentity {

	/** Longest record or entity id accepted (the raw table's column width). */
	public static final int MAX_ID_LENGTH = 256;

	// sorted keys at every level: the same fields in any order give the same JSON
	private static final JsonMapper CANONICAL = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private RecordIdentity() {
	}

	/**
	 * Derives a record id from content: SHA-256 of the dataset and the canonical JSON of
	 * the fields (keys sorted at every level).
	 * @param dataset the dataset
	 * @param fields the record's fields
	 * @return 64 lower-case hex characters
	 */
	public static String derive(String dataset, Map<String, @Nullable Object> fields) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(dataset.getBytes(StandardCharsets.UTF_8));
			sha256.update((byte) '\n');
			sha256.update(CANONICAL.writeValueAsBytes(fields));
			return HexFormat.of().formatHex(sha256.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	/**
	 * Reads an id (record or entity) from a field of the record.
	 * @param fields the record's fields
	 * @param field the field that carries the id
	 * @return the id
	 * @throws IllegalArgumentException if the field is absent, empty, not a scalar or too
	 * long; the message says which
	 */
	public static String fromField(Map<String, @Nullable Object> fields, String field) {
		Object value = fields.get(field);
		if (value == null) {
			throw new IllegalArgumentException("field '" + field + "' is missing or null");
		}
		if (value instanceof Map || value instanceof Iterable) {
			throw new IllegalArgumentException("field '" + field + "' must be a string or a number");
		}
		return checked(value.toString(), "field '" + field + "'");
	}

	/**
	 * Checks an id given outside the fields (a Kafka key or header).
	 * @param id the id
	 * @param what what carried it, for the message
	 * @return the id
	 * @throws IllegalArgumentException if it is blank or too long
	 */
	public static String checked(String id, String what) {
		if (id.isBlank()) {
			throw new IllegalArgumentException(what + " is empty");
		}
		if (id.length() > MAX_ID_LENGTH) {
			throw new IllegalArgumentException(what + " is longer than " + MAX_ID_LENGTH + " characters");
		}
		return id;
	}

}
