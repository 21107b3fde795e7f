package dev.loopline.featurestore.assembly;

import java.time.Instant;
import java.util.Map;

/**
 * One record of the offline store as the feature computations see it.
 *
 * @param seq the ingestion sequence (arrival order; the watermark of training sets)
 * @param recordId the record id, unique in its dataset
 * @param entityId the entity
 * @param eventTime the record's event time (falling back to when it was ingested)
 * @param fields the record's fields
 */
public record StoredEvent(long seq, String recordId, String entityId, Instant eventTime, Map<String, Object> fields) {
}
