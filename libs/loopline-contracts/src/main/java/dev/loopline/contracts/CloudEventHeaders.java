package dev.loopline.contracts;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CloudEvents Kafka protocol binding headers (binary content mode): every Loopline
 * message carries them so that non-Java consumers can route without parsing payloads.
 */
public final class CloudEventHeaders {

	/** Event id, from {@link EventMetadata#eventId()}. */
	public static final String ID = "ce_id";

	/** Event type, from {@link EventType#ceType()}. */
	public static final String TYPE = "ce_type";

	/** The producing service, e.g. {@code /loopline/ingestion}. */
	public static final String SOURCE = "ce_source";

	/** CloudEvents specification version. */
	public static final String SPEC_VERSION = "ce_specversion";

	/** When the event occurred (RFC 3339). */
	public static final String TIME = "ce_time";

	/** The event's Kafka key. */
	public static final String SUBJECT = "ce_subject";

	/** Extension attribute carrying {@link EventMetadata#correlationId()}. */
	public static final String CORRELATION_ID = "ce_correlationid";

	/** Content type of the payload. */
	public static final String CONTENT_TYPE = "content-type";

	/** The CloudEvents specification version written. */
	public static final String SPEC_VERSION_VALUE = "1.0";

	/** The payload content type written. */
	public static final String JSON = "application/json";

	private CloudEventHeaders() {
	}

	/**
	 * Returns the conventional source of a Loopline service.
	 * @param service service name, e.g. {@code ingestion}
	 * @return {@code /loopline/<service>}
	 */
	public static String source(String service) {
		return "/loopline/" + Checks.text(service, "service");
	}

	/**
	 * Returns the headers of an event as strings, in a stable order.
	 * @param event the event
	 * @param source the producing service, see {@link #source(String)}
	 * @return an unmodifiable map of header names to values
	 */
	public static Map<String, String> of(LooplineEvent event, String source) {
		EventMetadata metadata = event.metadata();
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(ID, metadata.eventId().toString());
		headers.put(TYPE, event.type().ceType());
		headers.put(SOURCE, Checks.text(source, "source"));
		headers.put(SPEC_VERSION, SPEC_VERSION_VALUE);
		headers.put(TIME, metadata.occurredAt().toString());
		headers.put(SUBJECT, event.key());
		headers.put(CORRELATION_ID, metadata.correlationId());
		headers.put(CONTENT_TYPE, JSON);
		return Collections.unmodifiableMap(headers);
	}

	/**
	 * Returns the headers of an event as UTF-8 bytes, as Kafka record headers hold them.
	 * @param event the event
	 * @param source the producing service
	 * @return an unmodifiable map of header names to values
	 */
	public static Map<String, byte[]> bytesOf(LooplineEvent event, String source) {
		return toBytes(of(event, source));
	}

	/**
	 * Encodes header values as UTF-8 bytes.
	 * @param headers header names to string values
	 * @return an unmodifiable map of header names to byte values, in the same order
	 */
	public static Map<String, byte[]> toBytes(Map<String, String> headers) {
		Map<String, byte[]> bytes = new LinkedHashMap<>();
		headers.forEach((name, value) -> bytes.put(name, value.getBytes(StandardCharsets.UTF_8)));
		return Collections.unmodifiableMap(bytes);
	}

	/**
	 * Reads a header whose value is a {@code String}, UTF-8 {@code byte[]} or any other
	 * object (by {@code toString()}), as found in Kafka or Spring message headers.
	 * @param headers the headers
	 * @param name the header name
	 * @return the value, or empty if absent
	 */
	public static Optional<String> get(Map<String, ?> headers, String name) {
		Object value = headers.get(name);
		if (value instanceof byte[] bytes) {
			return Optional.of(new String(bytes, StandardCharsets.UTF_8));
		}
		return Optional.ofNullable(value).map(Object::toString);
	}

	/**
	 * Reads the {@code ce_type} header.
	 * @param headers the headers
	 * @return the CloudEvents type, or empty if absent
	 */
	public static Optional<String> type(Map<String, ?> headers) {
		return get(headers, TYPE);
	}

	/**
	 * Reads the {@code ce_type} header and resolves it to a known event type.
	 * @param headers the headers
	 * @return the event type, or empty if absent or unknown
	 */
	public static Optional<EventType> eventType(Map<String, ?> headers) {
		return type(headers).flatMap(EventType::ofCeType);
	}

	/**
	 * Reads the {@code ce_id} header.
	 * @param headers the headers
	 * @return the event id, or empty if absent
	 */
	public static Optional<String> id(Map<String, ?> headers) {
		return get(headers, ID);
	}

	/**
	 * Reads the {@code ce_correlationid} header.
	 * @param headers the headers
	 * @return the correlation id, or empty if absent
	 */
	public static Optional<String> correlationId(Map<String, ?> headers) {
		return get(headers, CORRELATION_ID);
	}

}
