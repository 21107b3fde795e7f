package dev.loopline.ingestion.landing;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A record as an intake path hands it to landing: identified, not yet landed.
 *
 * @param recordId the record id (client-supplied or derived, see {@link RecordIdentity})
 * @param entityId the entity it describes, if known
 * @param correlationId the correlation the record starts or continues
 * @param fields its fields as free JSON values
 */
public record IncomingRecord(String recordId, @Nullable String entityId, String correlationId,
		Map<String, @Nullable Object> fields) {

}
