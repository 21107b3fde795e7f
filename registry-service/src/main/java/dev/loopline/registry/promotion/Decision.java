package dev.loopline.registry.promotion;

/**
 * What the promotion gate decided for a new version, and why (with the numbers).
 *
 * @param outcome promote, reject or wait for approval
 * @param reason the reason in words
 */
public record Decision(Outcome outcome, String reason) {

	static Decision promote(String reason) {
		return new Decision(Outcome.PROMOTE, reason);
	}

	static Decision reject(String reason) {
		return new Decision(Outcome.REJECT, reason);
	}

	static Decision pending(String reason) {
		return new Decision(Outcome.PENDING_APPROVAL, reason);
	}

	/**
	 * The gate's three outcomes.
	 */
	public enum Outcome {

		/** Becomes champion now. */
		PROMOTE,

		/** Failed a check; stays registered, never serves. */
		REJECT,

		/**
		 * Waits for a person (manual approval, or a champion that changed during the
		 * run).
		 */
		PENDING_APPROVAL

	}

}
