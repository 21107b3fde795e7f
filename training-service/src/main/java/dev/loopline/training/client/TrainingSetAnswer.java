package dev.loopline.training.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The feature store's answer to a training-set definition.
 *
 * @param id training set id
 * @param view view name
 * @param version view version
 * @param label label field
 * @param watermark offline-store sequence watermark
 * @param rowCount number of rows
 * @param contentHash {@code sha256:<hex>} of the canonical rows
 * @param createdAt when it was defined
 * @param contractVersions data contract versions of the rows (empty when not given)
 */
public record TrainingSetAnswer(UUID id, String view, int version, String label, long watermark, long rowCount,
		String contentHash, Instant createdAt, @Nullable List<Integer> contractVersions) {
}
