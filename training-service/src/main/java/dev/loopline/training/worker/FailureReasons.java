package dev.loopline.training.worker;

import dev.loopline.servicekit.http.RemoteServiceException;

/**
 * Turns what stopped a run into a failure reason a person can act on: the message of the
 * exception (a remote service's problem detail, the trainer's complaint) prefixed by what
 * kind of failure it was when that is not obvious.
 */
final class FailureReasons {

	private static final int MAX_LENGTH = 2000;

	private FailureReasons() {
	}

	static String of(Throwable failure) {
		String message = (failure.getMessage() != null) ? failure.getMessage() : failure.getClass().getSimpleName();
		String reason = (failure instanceof RemoteServiceException || failure instanceof IllegalArgumentException
				|| failure instanceof IllegalStateException) ? message
						: failure.getClass().getSimpleName() + ": " + message;
		return (reason.length() > MAX_LENGTH) ? reason.substring(0, MAX_LENGTH) : reason;
	}

}
