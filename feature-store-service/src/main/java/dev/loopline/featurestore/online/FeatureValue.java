package dev.loopline.featurestore.online;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One feature of one entity in an online lookup.
 *
 * @param value the raw feature input, or {@code null}
 * @param status present, missing or stale
 * @param eventTime the event time the value is as of, or {@code null} for an unknown
 * entity
 */
public record FeatureValue(@Nullable Object value, FeatureStatus status, @Nullable Instant eventTime) {

	/**
	 * Classifies a stored value: {@code MISSING} when there is no row or the value is
	 * null, {@code STALE} when its event time is more than {@code ttl} before
	 * {@code now}, else {@code PRESENT}.
	 * @param row the entity's online row, or {@code null}
	 * @param feature the feature name
	 * @param ttl the view's TTL, or {@code null} for none
	 * @param now the time of the lookup
	 * @return the value with its status
	 */
	static FeatureValue of(@Nullable OnlineRow row, String feature, @Nullable Duration ttl, Instant now) {
		if (row == null) {
			return new FeatureValue(null, FeatureStatus.MISSING, null);
		}
		Object value = row.values().get(feature);
		if (value == null) {
			return new FeatureValue(null, FeatureStatus.MISSING, row.eventTime());
		}
		boolean stale = ttl != null && row.eventTime().isBefore(now.minus(ttl));
		return new FeatureValue(value, stale ? FeatureStatus.STALE : FeatureStatus.PRESENT, row.eventTime());
	}

}
