package dev.loopline.servicekit.http;

/**
 * Another Loopline service answered with an error (or could not be reached); the message
 * names the service, the call, the status and the problem detail it gave, so it can stand
 * as a failure reason.
 */
public class RemoteServiceException extends RuntimeException {

	private final int status;

	/**
	 * An error answer.
	 * @param message what was called and what came back
	 * @param status the HTTP status
	 */
	public RemoteServiceException(String message, int status) {
		super(message);
		this.status = status;
	}

	/**
	 * A call without an answer.
	 * @param message what was called
	 * @param cause why it failed
	 */
	public RemoteServiceException(String message, Throwable cause) {
		super(message, cause);
		this.status = 0;
	}

	/**
	 * Returns the HTTP status, 0 when there was no answer.
	 * @return the status
	 */
	public int status() {
		return this.status;
	}

}
