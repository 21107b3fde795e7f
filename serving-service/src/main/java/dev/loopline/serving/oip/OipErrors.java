package dev.loopline.serving.oip;

import java.util.Map;
import java.util.UUID;

import dev.loopline.servicekit.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the Open Inference Protocol controller as {@code {"error": "..."}}: the
 * platform's problems keep their status and headers ({@code Retry-After} on 503) and give
 * their detail; anything unexpected is a 500 with an error id that is also logged. Runs
 * before the kit's problem-details advice, for this controller only.
 */
@RestControllerAdvice(assignableTypes = OipController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OipErrors {

	private static final Logger log = LoggerFactory.getLogger(OipErrors.class);

	@ExceptionHandler(OipException.class)
	ResponseEntity<Map<String, String>> oip(OipException ex) {
		return error(ex.status(), ex.getMessage());
	}

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<Map<String, String>> problem(ProblemException ex) {
		return ResponseEntity.status(ex.getStatus())
			.headers(ex.getHeaders())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("error", ex.getDetail()));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException ex) {
		return error(HttpStatus.BAD_REQUEST, "the body is not valid JSON");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Map<String, String>> unexpected(Exception ex) throws Exception {
		if (ex instanceof org.springframework.security.access.AccessDeniedException
				|| ex instanceof org.springframework.security.core.AuthenticationException) {
			throw ex;
		}
		String errorId = UUID.randomUUID().toString();
		log.error("Unexpected error {} on an inference request", errorId, ex);
		return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal error (error id " + errorId + ")");
	}

	private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
	}

}
