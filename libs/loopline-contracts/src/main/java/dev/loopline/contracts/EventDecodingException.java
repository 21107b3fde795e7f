package dev.loopline.contracts;

/**
 * Thrown when bytes cannot be decoded into a Loopline event: malformed JSON, a missing or
 * mistyped field, an unknown {@code ce_type}. Such a message is poison: retrying will not
 * help, it belongs in the dead-letter topic.
 */
public class EventDecodingException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates an exception with the given message.
	 * @param message what was wrong, in terms of the event
	 */
	public EventDecodingException(String message) {
		super(message);
	}

	/**
	 * Creates an exception with the given message and cause.
	 * @param message what was wrong, in terms of the event
	 * @param cause the underlying failure
	 */
	public EventDecodingException(String message, Throwable cause) {
		super(message, cause);
	}

}
