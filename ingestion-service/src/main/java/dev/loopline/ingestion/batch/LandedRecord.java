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
 * @param publishedAt when the broker acknowledged it, or {@code null} if not yet
 * @param outcome {@code PENDING}, {@code VALIDATED} or {@code QUARANTINED}
 * @param outcomeAt when validation's verdict arrived
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record LandedRecord(long seq, String recordId, @Nullable String entityId, UUID eventId, String correlationId,
		Map<String, @Nullable Object> fields, Instant ingestedAt, @Nullable Instant publishedAt, String outcome,
		@Nullable Instant outcomeAt) {

}
