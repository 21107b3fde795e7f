package dev.loopline.ingestion.landing;

import dev.loopline.contracts.RawRecord;

/**
 * A row of the raw table with the event it is published as.
 *
 * @param seq the row's sequence number
 * @param record the event, with the row's stored event id
 */
public record LandedRow(long seq, RawRecord record) {

}
