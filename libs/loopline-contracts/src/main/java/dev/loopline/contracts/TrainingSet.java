package dev.loopline.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Identifies the exact training data of a run: the offline store is append-only, so the
 * dataset, feature view version and sequence watermark reproduce it, and the row count
 * and content hash prove it.
 *
 * @param dataset dataset the rows came from
 * @param featureViewVersion version of the feature view used, or {@code null}
 * @param watermark when the snapshot was taken (the training set's definition time)
 * @param rowCount number of rows
 * @param contentHash hash of the rows in canonical order (e.g. {@code sha256:...})
 * @param id id of the training set in the feature store, or {@code null}
 * @param featureView name of the feature view used, or {@code null}
 * @param sequenceWatermark the offline store sequence the snapshot includes (rows with a
 * sequence at or below it), or {@code null}
 * @param contractVersions the data contract versions the rows were validated against,
 * ascending (empty when unknown)
 */
public record TrainingSet(String dataset, Integer featureViewVersion, Instant watermark, long rowCount,
		String contentHash, UUID id, String featureView, Long sequenceWatermark, List<Integer> contractVersions) {

	public TrainingSet {
		Checks.text(dataset, "dataset");
		Checks.optionalVersion(featureViewVersion, "featureViewVersion");
		Checks.notNull(watermark, "watermark");
		Checks.notNegative(rowCount, "rowCount");
		Checks.text(contentHash, "contentHash");
		Checks.optionalText(featureView, "featureView");
		if (sequenceWatermark != null) {
			Checks.notNegative(sequenceWatermark, "sequenceWatermark");
		}
		contractVersions = Checks.list(contractVersions, "contractVersions");
	}

	/**
	 * A training set known only by its dataset, snapshot time, size and hash (schema
	 * version 1 fields).
	 * @param dataset dataset the rows came from
	 * @param featureViewVersion version of the feature view used, or {@code null}
	 * @param watermark when the snapshot was taken
	 * @param rowCount number of rows
	 * @param contentHash hash of the rows in canonical order
	 */
	public TrainingSet(String dataset, Integer featureViewVersion, Instant watermark, long rowCount,
			String contentHash) {
		this(dataset, featureViewVersion, watermark, rowCount, contentHash, null, null, null, List.of());
	}

}
