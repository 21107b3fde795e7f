package dev.loopline.serving.predict;

import java.util.Map;

import dev.loopline.servicekit.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A request with more records or entities than {@code loopline.serving.max-batch}: 413
 * {@code /problems/too-many-records} with {@code maxBatch} and {@code size}.
 */
public class TooManyRecordsException extends ProblemException {

	public TooManyRecordsException(int size, int maxBatch) {
		super(HttpStatus.CONTENT_TOO_LARGE, "too-many-records", "Too many records",
				"The request has " + size + " records or entities; at most " + maxBatch + " are allowed per request.",
				Map.of("maxBatch", maxBatch, "size", size));
	}

}
