package dev.loopline.registry.version;

/**
 * Where a model version stands in its lifecycle.
 */
public enum VersionStatus {

	/** Stored, no decision yet (only inside the registering transaction). */
	REGISTERED,

	/**
	 * Passed its policy and waits for a person's approval (or for a fresh comparison).
	 */
	PENDING_APPROVAL,

	/** Holds the {@code champion} alias. */
	CHAMPION,

	/** Was champion and was replaced by a better version; a rollback target. */
	ARCHIVED,

	/** Was champion and was rolled back; promotable again only explicitly. */
	ROLLED_BACK,

	/** Failed its policy or was rejected by a person; never champion. */
	REJECTED

}
