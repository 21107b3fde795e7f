package dev.loopline.ingestion.batch;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A landed record as {@code GET /v1/batches/{id}/records} shows it.
 *
 * @param seq its position in the raw store
 * @param recordId the record id
 * @param entityId the entity id, if any
 * @param eventId the id of the RawRecord it was published as
 * @param correlationId its correlation id
 * @param fields its fields as received
 * @param ingestedAt when it was landed
 * @param published whether the broker acknowledged it (it left the outbox)
 * @param outcome {@code PENDING}, {@code VALIDATED} or {@code QUARANTINED}
 * @param outcomeAt when validation's verdict arrived
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record LandedRecord(long seq, String recordId, @Nullable String entityId, UUID eventId, String correlationId,
		Map<String, @Nullable Object> fields, Instant ingestedAt, boolean published, String outcome,
		@Nullable Instant outcomeAt) {

}
