package dev.loopline.servicekit.problem;

import java.time.Duration;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The service cannot answer yet (no model loaded, store warming up): 503 with type
 * {@code /problems/service-unavailable} and a {@code Retry-After} header in whole
 * seconds.
 */
public class ServiceUnavailableException extends ProblemException {

	private final Duration retryAfter;

	public ServiceUnavailableException(Duration retryAfter, String detail) {
		super(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable", detail,
				Map.of("retryAfterSeconds", seconds(retryAfter)));
		this.retryAfter = retryAfter;
	}

	public Duration getRetryAfter() {
		return this.retryAfter;
	}

	@Override
	public HttpHeaders getHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds(this.retryAfter)));
		return headers;
	}

	private static long seconds(Duration duration) {
		return Math.max(1, (duration.toMillis() + 999) / 1000);
	}

}
