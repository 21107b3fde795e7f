package dev.loopline.validation.check;

import java.time.Duration;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

/**
 * Remembers the record ids seen recently, per dataset, for the {@code unique}
 * expectation. Memory is bounded by a maximum size and an expiry (Caffeine evicts the
 * least recently used), so uniqueness holds within that window only. The event id that
 * first carried a record id is kept: a redelivery of the same event is not a duplicate,
 * and neither is a record re-published by an ingestion replay ({@code replayId} set).
 */
public final class RecordIdWindow {

	private final Cache<String, UUID> seen;

	public RecordIdWindow(long maximumSize, Duration expiry) {
		this.seen = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(expiry).build();
	}

	/**
	 * Records a sighting and tells whether it is a duplicate.
	 * @param dataset the dataset
	 * @param recordId the record id
	 * @param eventId the id of the event carrying it
	 * @param replayId the replay that re-published it, if any
	 * @return whether another event already carried this record id
	 */
	public boolean isDuplicate(String dataset, String recordId, UUID eventId, @Nullable UUID replayId) {
		if (replayId != null) {
			return false;
		}
		UUID first = this.seen.asMap().putIfAbsent(dataset + ":" + recordId, eventId);
		return first != null && !first.equals(eventId);
	}

}
