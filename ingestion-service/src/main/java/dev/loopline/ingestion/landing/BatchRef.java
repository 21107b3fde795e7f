package dev.loopline.ingestion.landing;

import dev.loopline.contracts.RecordSource;

/**
 * The batch records are landed into: one per request or upload, one per dataset and hour
 * for Kafka input.
 *
 * @param id the batch id
 * @param dataset the dataset every record of the batch belongs to
 * @param source how the records arrived
 */
public record BatchRef(String id, String dataset, RecordSource source) {

}
