package dev.loopline.validation.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import dev.loopline.contracts.EventMetadata;

/**
 * Derives output event ids from the input event id (name-based UUIDs), so a redelivered
 * input gives the same outputs with the same ids, the quarantine insert is a no-op the
 * second time, and downstream consumers deduplicate on eventId.
 */
public final class OutputIds {

	private OutputIds() {
	}

	public static UUID derive(Object input, String purpose) {
		return UUID.nameUUIDFromBytes((input + ":" + purpose).getBytes(StandardCharsets.UTF_8));
	}

	/** Metadata of an event caused by the input: same correlation, derived id. */
	public static EventMetadata causedBy(EventMetadata cause, String purpose, Instant now) {
		return new EventMetadata(derive(cause.eventId(), purpose), now, cause.correlationId(),
				EventMetadata.CURRENT_SCHEMA_VERSION);
	}

}
