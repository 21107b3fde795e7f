package dev.loopline.featurestore.assembly;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One record of the offline store as the feature computations see it.
 *
 * @param seq the ingestion sequence (arrival order; the watermark of training sets)
 * @param recordId the record id, unique in its dataset
 * @param entityId the entity
 * @param eventTime the record's event time (falling back to when it was ingested)
 * @param fields the record's fields
 * @param contractVersion the data contract version it was validated against, or
 * {@code null} (pushed, stored before it was kept, or not read)
 */
public record StoredEvent(long seq, String recordId, String entityId, Instant eventTime, Map<String, Object> fields,
		@Nullable Integer contractVersion) {

	/**
	 * A record read without its contract version (histories for aggregates).
	 * @param seq the ingestion sequence
	 * @param recordId the record id
	 * @param entityId the entity
	 * @param eventTime the event time
	 * @param fields the fields
	 */
	public StoredEvent(long seq, String recordId, String entityId, Instant eventTime, Map<String, Object> fields) {
		this(seq, recordId, entityId, eventTime, fields, null);
	}

}
