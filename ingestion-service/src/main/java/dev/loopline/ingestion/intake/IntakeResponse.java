package dev.loopline.ingestion.intake;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.loopline.ingestion.landing.RejectedLine;
import org.jspecify.annotations.Nullable;

/**
 * The answer to an accepted request or upload (202).
 *
 * @param batchId the batch the records landed in ({@code GET /v1/batches/{batchId}})
 * @param dataset the dataset
 * @param received records read from the request (malformed lines excluded)
 * @param accepted records landed for the first time
 * @param duplicates records already landed before
 * @param malformed CSV lines that could not be read (uploads only)
 * @param rejected the first rejected CSV lines (uploads only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record IntakeResponse(String batchId, String dataset, long received, long accepted, long duplicates,
		@Nullable Long malformed, @Nullable List<RejectedLine> rejected) {

}
