package dev.loopline.models.bundle;

/**
 * Thrown when bytes are not a model bundle this release can read: not a ZIP, an entry
 * missing or malformed, or a newer format version.
 */
public class BundleFormatException extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param message what is wrong, for people
	 */
	public BundleFormatException(String message) {
		super(message);
	}

	/**
	 * Creates the exception.
	 * @param message what is wrong, for people
	 * @param cause the underlying failure
	 */
	public BundleFormatException(String message, Throwable cause) {
		super(message, cause);
	}

}
