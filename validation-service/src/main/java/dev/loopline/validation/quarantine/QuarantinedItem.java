package dev.loopline.validation.quarantine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.loopline.contracts.Violation;
import org.jspecify.annotations.Nullable;

/**
 * One row of the quarantine as the API shows it.
 *
 * @param id the id (also the QuarantinedRecord's event id)
 * @param dataset the dataset
 * @param recordId the record id
 * @param entityId the entity id, if known
 * @param batchId the ingestion batch
 * @param correlationId the correlation id of the record
 * @param ingestedAt when ingestion received it
 * @param contractVersion the contract version last checked, if any
 * @param fields the fields as received
 * @param violations the violations of the last check
 * @param quarantinedAt when it was quarantined
 * @param releasedAt when a replay released it, if it did
 * @param releasedVersion the contract version it passed on release
 */
public record QuarantinedItem(UUID id, String dataset, String recordId, @Nullable String entityId, String batchId,
		String correlationId, Instant ingestedAt, @Nullable Integer contractVersion,
		Map<String, @Nullable Object> fields, List<Violation> violations, Instant quarantinedAt,
		@Nullable Instant releasedAt, @Nullable Integer releasedVersion) {
}
