package dev.loopline.ingestion.batch;

import java.time.Instant;

/**
 * Where a batch stands.
 *
 * @param batchId the batch id
 * @param dataset its dataset
 * @param source how its records arrived (REST, CSV, KAFKA)
 * @param status {@code RECEIVING} while an upload streams in, {@code VALIDATING} while
 * landed records await validation's verdict, then {@code COMPLETE}
 * @param received records landed in this batch (first arrivals; these are published)
 * @param duplicates records that were already landed before, not published again
 * @param malformed upload lines that could not be read as records
 * @param validated landed records validation accepted
 * @param quarantined landed records validation quarantined
 * @param pending landed records without a verdict yet
 * @param createdAt when the batch was opened
 * @param updatedAt when records last arrived
 */
record BatchStatus(String batchId, String dataset, String source, String status, long received, long duplicates,
		long malformed, long validated, long quarantined, long pending, Instant createdAt, Instant updatedAt) {

}
