package dev.loopline.featurestore.online;

/**
 * The status of one feature value in an online lookup (Feast's field status).
 */
public enum FeatureStatus {

	/** A value within the view's TTL. */
	PRESENT,
	/** No value: unknown entity, or the value is null. */
	MISSING,
	/** A value older than the view's TTL: returned, but not fresh. */
	STALE

}
