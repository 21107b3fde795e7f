/**
 * Intake: every way a record enters the platform (REST, CSV upload, Kafka producers on
 * {@code loopline.ingest.<dataset>}) ends here, where the record gets its ids, lands in
 * the raw store and is published to {@code loopline.records.raw}.
 */
@NullMarked
package dev.loopline.ingestion.intake;

import org.jspecify.annotations.NullMarked;
