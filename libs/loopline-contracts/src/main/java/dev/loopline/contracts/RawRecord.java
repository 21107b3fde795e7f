package dev.loopline.contracts;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A record landed by the ingestion service, before any validation. Published on
 * {@link Topics#RECORDS_RAW}.
 *
 * @param metadata envelope data
 * @param dataset dataset name
 * @param recordId unique id of the record within the dataset (ingestion deduplicates on
 * it)
 * @param entityId id of the entity the record describes, or {@code null} if unknown
 * @param batchId id of the ingestion batch (upload, request or poll) it arrived in
 * @param ingestedAt when ingestion received it
 * @param source how it arrived
 * @param fields the record's fields as free JSON values ({@code null} values allowed)
 * @param replayId id of the replay that re-published this record (ingestion's batch
 * replay), or {@code null} for its first publication; lets consumers tell a deliberate
 * replay from a duplicate
 */
public record RawRecord(EventMetadata metadata, String dataset, String recordId, String entityId, String batchId,
		Instant ingestedAt, RecordSource source, Map<String, Object> fields, UUID replayId) implements LooplineEvent {

	public RawRecord {
		Checks.notNull(metadata, "metadata");
		Checks.text(dataset, "dataset");
		Checks.text(recordId, "recordId");
		Checks.optionalText(entityId, "entityId");
		Checks.text(batchId, "batchId");
		Checks.notNull(ingestedAt, "ingestedAt");
		Checks.notNull(source, "source");
		fields = Checks.freeMap(fields, "fields");
	}

	/**
	 * Returns {@code <dataset>:<entityId>}, or {@code <dataset>:<recordId>} when the
	 * entity is unknown.
	 */
	@Override
	public String key() {
		return Checks.recordKey(this.dataset, this.entityId, this.recordId);
	}

}
