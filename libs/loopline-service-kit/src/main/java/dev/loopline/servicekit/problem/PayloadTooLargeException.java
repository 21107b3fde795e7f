package dev.loopline.servicekit.problem;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * The request (or a part of it, such as an uploaded file or a batch) exceeds a size
 * limit: 413 with type {@code /problems/payload-too-large} and the limit as property
 * {@code maxBytes}.
 */
public class PayloadTooLargeException extends ProblemException {

	public PayloadTooLargeException(long maxBytes, String detail) {
		super(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large", detail,
				Map.of("maxBytes", maxBytes));
	}

}
