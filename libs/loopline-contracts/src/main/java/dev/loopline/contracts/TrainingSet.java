package dev.loopline.contracts;

import java.time.Instant;

/**
 * Identifies the exact training data of a run: the offline store is append-only, so the
 * dataset and watermark reproduce it, and the row count and content hash prove it.
 *
 * @param dataset dataset the rows came from
 * @param featureViewVersion version of the feature view used, or {@code null}
 * @param watermark the offline store snapshot watermark (rows ingested before it)
 * @param rowCount number of rows
 * @param contentHash hash of the rows in canonical order (e.g. {@code sha256:...})
 */
public record TrainingSet(String dataset, Integer featureViewVersion, Instant watermark, long rowCount,
		String contentHash) {

	public TrainingSet {
		Checks.text(dataset, "dataset");
		Checks.optionalVersion(featureViewVersion, "featureViewVersion");
		Checks.notNull(watermark, "watermark");
		Checks.notNegative(rowCount, "rowCount");
		Checks.text(contentHash, "contentHash");
	}

}
