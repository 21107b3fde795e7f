package dev.loopline.monitoring.alert;

/**
 * An alert's lifecycle: OPEN → ACKNOWLEDGED → RESOLVED (or OPEN → RESOLVED).
 */
public enum AlertStatus {

	/** Found, nobody looked yet. */
	OPEN,

	/** Someone is on it. */
	ACKNOWLEDGED,

	/** Over. */
	RESOLVED

}
