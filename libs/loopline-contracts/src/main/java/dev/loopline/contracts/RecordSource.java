package dev.loopline.contracts;

/**
 * How a record entered the platform.
 */
public enum RecordSource {

	/** Posted to the ingestion REST API. */
	REST,

	/** A row of an uploaded CSV file. */
	CSV,

	/** Read from a {@code loopline.ingest.<dataset>} topic. */
	KAFKA

}
