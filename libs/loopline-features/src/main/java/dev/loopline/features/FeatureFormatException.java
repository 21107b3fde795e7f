package dev.loopline.features;

/**
 * Thrown when a serialized spec, fitted pipeline or profile cannot be read: malformed
 * JSON or YAML, a wrong field type, or a value that breaks the format's rules. The
 * message names the offending field.
 */
public class FeatureFormatException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates an exception with a message.
	 * @param message what is wrong and where
	 */
	public FeatureFormatException(String message) {
		super(message);
	}

	/**
	 * Creates an exception with a message and a cause.
	 * @param message what is wrong and where
	 * @param cause the underlying failure
	 */
	public FeatureFormatException(String message, Throwable cause) {
		super(message, cause);
	}

}
