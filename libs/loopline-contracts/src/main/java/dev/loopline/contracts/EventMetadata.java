package dev.loopline.contracts;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Envelope data carried by every event: a unique id (consumers deduplicate on it), the
 * UTC instant it happened, the correlation id that follows one record or one retraining
 * through the whole loop, and the schema version it was written with.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the event happened (UTC)
 * @param correlationId id shared by all events caused by the same origin
 * @param schemaVersion version of the event's JSON schema, starting at 1
 */
public record EventMetadata(UUID eventId, Instant occurredAt, String correlationId, int schemaVersion) {

	/**
	 * Schema version written by this release for every event type.
	 */
	public static final int CURRENT_SCHEMA_VERSION = 1;

	public EventMetadata {
		Checks.notNull(eventId, "eventId");
		Checks.notNull(occurredAt, "occurredAt");
		Checks.text(correlationId, "correlationId");
		Checks.version(schemaVersion, "schemaVersion");
	}

	/**
	 * Metadata for a new event that continues an existing correlation.
	 * @param correlationId the correlation to continue
	 * @return metadata with a random event id, the current time and the current schema
	 * version
	 */
	public static EventMetadata create(String correlationId) {
		return create(correlationId, Clock.systemUTC());
	}

	/**
	 * Metadata for a new event that continues an existing correlation, timed by the given
	 * clock.
	 * @param correlationId the correlation to continue
	 * @param clock the clock that gives {@code occurredAt}
	 * @return metadata with a random event id and the current schema version
	 */
	public static EventMetadata create(String correlationId, Clock clock) {
		return new EventMetadata(UUID.randomUUID(), clock.instant(), correlationId, CURRENT_SCHEMA_VERSION);
	}

	/**
	 * Metadata for an event that starts a new correlation (an ingested record, a manual
	 * training request).
	 * @return metadata whose correlation id is a new random UUID
	 */
	public static EventMetadata newCorrelation() {
		return create(UUID.randomUUID().toString());
	}

	/**
	 * Metadata for an event caused by another one: same correlation, new id and time.
	 * @param cause metadata of the event being reacted to
	 * @return metadata for the follow-up event
	 */
	public static EventMetadata causedBy(EventMetadata cause) {
		return create(cause.correlationId());
	}

}
