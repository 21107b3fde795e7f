package dev.loopline.ingestion.batch;

/**
 * Validation's verdict on a landed record, as reported by its events.
 *
 * @param dataset the record's dataset
 * @param recordId the record id
 * @param verdict {@code VALIDATED} or {@code QUARANTINED}
 */
record Outcome(String dataset, String recordId, String verdict) {

	static final String PENDING = "PENDING";

	static final String VALIDATED = "VALIDATED";

	static final String QUARANTINED = "QUARANTINED";

}
