package dev.loopline.serving.oip;

import org.springframework.http.HttpStatus;

/**
 * A client error on an Open Inference Protocol path, answered as {@code {"error":
 * message}} with the status.
 */
class OipException extends RuntimeException {

	private final HttpStatus status;

	OipException(HttpStatus status, String message) {
		super(message);
		this.status = status;
	}

	HttpStatus status() {
		return this.status;
	}

}
