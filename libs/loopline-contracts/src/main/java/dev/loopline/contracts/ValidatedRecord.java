package dev.loopline.contracts;

import java.time.Instant;
import java.util.Map;

/**
 * A record that passed its dataset's data contract, with its fields coerced to the
 * contract's types. Published on {@link Topics#RECORDS_VALIDATED}; the feature store
 * appends it to the offline store.
 *
 * @param metadata envelope data
 * @param dataset dataset name
 * @param recordId id of the record, as in the {@link RawRecord}
 * @param entityId id of the entity (the contract's entity key)
 * @param batchId id of the ingestion batch
 * @param contractVersion version of the data contract it was checked against
 * @param eventTime the record's own event time (from the contract's timestamp field), or
 * {@code null} if the contract has none
 * @param ingestedAt when ingestion received it
 * @param fields the validated fields ({@code null} values allowed)
 */
public record ValidatedRecord(EventMetadata metadata, String dataset, String recordId, String entityId, String batchId,
		int contractVersion, Instant eventTime, Instant ingestedAt,
		Map<String, Object> fields) implements LooplineEvent {

	public ValidatedRecord {
		Checks.notNull(metadata, "metadata");
		Checks.text(dataset, "dataset");
		Checks.text(recordId, "recordId");
		Checks.text(entityId, "entityId");
		Checks.text(batchId, "batchId");
		Checks.version(contractVersion, "contractVersion");
		Checks.notNull(ingestedAt, "ingestedAt");
		fields = Checks.freeMap(fields, "fields");
	}

	/**
	 * Returns {@code <dataset>:<entityId>}.
	 */
	@Override
	public String key() {
		return Checks.recordKey(this.dataset, this.entityId, this.recordId);
	}

}
