package dev.loopline.featurestore.offline;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A record to append to the offline store.
 *
 * @param dataset dataset
 * @param entityId entity
 * @param recordId record id, unique in the dataset
 * @param eventTime the record's event time (falling back to its ingestion time)
 * @param ingestedAt when ingestion received it
 * @param fields the fields
 * @param contractVersion the data contract version it was validated against, or
 * {@code null} (pushed rows)
 */
public record OfflineRow(String dataset, String entityId, String recordId, Instant eventTime, Instant ingestedAt,
		Map<String, Object> fields, @Nullable Integer contractVersion) {
}
