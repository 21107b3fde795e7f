package dev.loopline.servicekit.kafka;

/**
 * Thrown by a listener for an event that can never be processed (invalid content, a
 * reference that will never resolve). The binder does not retry it and sends the record
 * to the dead-letter topic at once.
 */
public class NonRetryableEventException extends RuntimeException {

	public NonRetryableEventException(String message) {
		super(message);
	}

	public NonRetryableEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
