package dev.loopline.ingestion.landing;

/**
 * An uploaded line that could not be read as a record, kept with the reason.
 *
 * @param lineNumber its 1-based line number in the upload
 * @param rawText the line as received
 * @param reason why it was rejected
 */
public record RejectedLine(long lineNumber, String rawText, String reason) {

}
