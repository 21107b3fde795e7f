package dev.loopline.featurestore.training;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored training-set definition: the view version, the label, the offline-store
 * watermark and the optional event-time range reproduce its rows exactly; the row count
 * and content hash prove it.
 *
 * @param id id
 * @param view view name
 * @param version view version
 * @param label the label field
 * @param watermark offline-store sequence upper bound (inclusive)
 * @param from event-time lower bound (inclusive), or {@code null}
 * @param to event-time upper bound (exclusive), or {@code null}
 * @param rowCount number of rows
 * @param contentHash {@code sha256:<hex>} of the canonical rows
 * @param createdAt when it was defined
 * @param last the most recent rows kept (by event time), or {@code null} for all
 * @param contractVersions the data contract versions of the rows' records, ascending
 * (pushed records have none)
 */
public record TrainingSet(UUID id, String view, int version, String label, long watermark, @Nullable Instant from,
		@Nullable Instant to, long rowCount, String contentHash, Instant createdAt, @Nullable Long last,
		List<Integer> contractVersions) {
}
