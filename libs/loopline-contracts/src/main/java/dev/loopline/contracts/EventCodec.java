package dev.loopline.contracts;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes Loopline events as JSON. Instants are ISO-8601 strings, absent
 * optional fields are omitted, unknown fields are ignored (evolution is additive), and an
 * event written with a schema version newer than its {@link EventType#currentVersion()}
 * is rejected with {@link UnsupportedSchemaVersionException}. Every decoding failure is
 * an {@link EventDecodingException} whose message names the event and the offending
 * field. Instances are immutable and thread-safe; one per application is enough.
 */
public final class EventCodec {

	private final JsonMapper mapper;

	/**
	 * Creates a codec with the Loopline JSON settings.
	 */
	public EventCodec() {
		this.mapper = JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
			.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL)
				.withContentInclusion(JsonInclude.Include.ALWAYS))
			.build();
	}

	/**
	 * Writes an event as UTF-8 JSON.
	 * @param event the event
	 * @return the JSON bytes
	 * @throws IllegalArgumentException if a free-form value cannot be written as JSON
	 */
	public byte[] encode(LooplineEvent event) {
		try {
			return this.mapper.writeValueAsBytes(Checks.notNull(event, "event"));
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(
					"Cannot encode " + event.getClass().getSimpleName() + ": " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * Writes an event as a JSON string.
	 * @param event the event
	 * @return the JSON text
	 */
	public String encodeToString(LooplineEvent event) {
		return new String(encode(event), StandardCharsets.UTF_8);
	}

	/**
	 * Reads an event of a known record class.
	 * @param <T> the event type
	 * @param json the UTF-8 JSON bytes
	 * @param type the event record class
	 * @return the event
	 * @throws EventDecodingException if the bytes are not a valid event of that type
	 * @throws IllegalArgumentException if the class is not an event record
	 */
	public <T extends LooplineEvent> T decode(byte[] json, Class<T> type) {
		return type.cast(read(json, EventType.of(type)));
	}

	/**
	 * Reads an event whose type is given by its CloudEvents type ({@code ce_type}
	 * header).
	 * @param json the UTF-8 JSON bytes
	 * @param ceType the CloudEvents type
	 * @return the event
	 * @throws EventDecodingException if the type is unknown or the bytes are not a valid
	 * event of that type
	 */
	public LooplineEvent decode(byte[] json, String ceType) {
		EventType type = EventType.ofCeType(ceType)
			.orElseThrow(() -> new EventDecodingException(
					"Unknown event type (ce_type) '" + ceType + "': this consumer knows only "
							+ Arrays.stream(EventType.values()).map(EventType::ceType).toList()));
		return read(json, type);
	}

	private LooplineEvent read(byte[] json, EventType type) {
		String name = type.recordClass().getSimpleName();
		if (json == null || json.length == 0) {
			throw new EventDecodingException("Cannot decode " + name + ": the payload is empty");
		}
		JsonNode tree = parse(json, name);
		checkSchemaVersion(tree, type);
		try {
			return this.mapper.treeToValue(tree, type.recordClass());
		}
		catch (JacksonException ex) {
			throw new EventDecodingException("Cannot decode " + name + ": " + DecodingFailures.describe(ex), ex);
		}
	}

	private JsonNode parse(byte[] json, String name) {
		JsonNode tree;
		try {
			tree = this.mapper.readTree(json);
		}
		catch (JacksonException ex) {
			throw new EventDecodingException("Cannot decode " + name + ": malformed JSON"
					+ DecodingFailures.location(ex) + ": " + ex.getOriginalMessage(), ex);
		}
		if (tree == null || !tree.isObject()) {
			String found = (tree != null) ? tree.getNodeType().name().toLowerCase() : "nothing";
			throw new EventDecodingException("Cannot decode " + name + ": expected a JSON object but found " + found);
		}
		return tree;
	}

	private void checkSchemaVersion(JsonNode tree, EventType type) {
		String name = type.recordClass().getSimpleName();
		JsonNode metadata = tree.get("metadata");
		if (metadata == null || metadata.isNull()) {
			throw new EventDecodingException("Cannot decode " + name + ": the 'metadata' object is missing");
		}
		if (!metadata.isObject()) {
			throw new EventDecodingException("Cannot decode " + name + ": 'metadata' must be a JSON object");
		}
		JsonNode version = metadata.get("schemaVersion");
		if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()) {
			throw new EventDecodingException(
					"Cannot decode " + name + ": 'metadata.schemaVersion' is missing or not an integer");
		}
		if (version.intValue() > type.currentVersion()) {
			throw new UnsupportedSchemaVersionException(type, version.intValue());
		}
	}

}
