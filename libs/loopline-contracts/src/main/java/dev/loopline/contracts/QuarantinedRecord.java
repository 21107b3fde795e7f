package dev.loopline.contracts;

import java.util.List;
import java.util.Map;

/**
 * A record that failed its data contract, kept with the reasons so it can be fixed and
 * replayed. Published on {@link Topics#RECORDS_QUARANTINED}.
 *
 * @param metadata envelope data
 * @param dataset dataset name
 * @param recordId id of the record, as in the {@link RawRecord}
 * @param entityId id of the entity, or {@code null} if it could not be determined
 * @param batchId id of the ingestion batch
 * @param contractVersion version of the contract checked, or {@code null} if the dataset
 * has no contract
 * @param fields the fields as received ({@code null} values allowed)
 * @param violations the broken rules, at least one
 */
public record QuarantinedRecord(EventMetadata metadata, String dataset, String recordId, String entityId,
		String batchId, Integer contractVersion, Map<String, Object> fields,
		List<Violation> violations) implements LooplineEvent {

	public QuarantinedRecord {
		Checks.notNull(metadata, "metadata");
		Checks.text(dataset, "dataset");
		Checks.text(recordId, "recordId");
		Checks.optionalText(entityId, "entityId");
		Checks.text(batchId, "batchId");
		Checks.optionalVersion(contractVersion, "contractVersion");
		fields = Checks.freeMap(fields, "fields");
		violations = Checks.list(violations, "violations");
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("violations must not be empty");
		}
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
