package dev.loopline.ingestion.intake;

import java.util.Map;

import dev.loopline.servicekit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A JSON or NDJSON request carries more records than
 * {@code loopline.ingestion.max-records-per-request}: 413 with type
 * {@code /problems/too-many-records} and the limit as property {@code maxRecords}.
 */
class TooManyRecordsException extends ProblemException {

	TooManyRecordsException(int maxRecords) {
		super(HttpStatus.CONTENT_TOO_LARGE, "too-many-records", "Too many records",
				"The request carries more than " + maxRecords
						+ " records (loopline.ingestion.max-records-per-request); split it or upload a CSV file.",
				Map.of("maxRecords", maxRecords));
	}

}
