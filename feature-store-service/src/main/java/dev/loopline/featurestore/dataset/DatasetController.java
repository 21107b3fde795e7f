package dev.loopline.featurestore.dataset;

import dev.loopline.contracts.Topics;
import dev.loopline.servicekit.problem.BadRequestException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /v1/datasets/{dataset}/offline?sinceSequence=S}: the offline store's current
 * watermark (highest sequence, all datasets), the dataset's record count and how many of
 * its records have a sequence above {@code S} (a training set's watermark), which is what
 * a new-data trigger compares with its threshold.
 */
@RestController
class DatasetController {

	private final JdbcClient jdbc;

	DatasetController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/v1/datasets/{dataset}/offline")
	OfflineStats offline(@PathVariable String dataset, @RequestParam(defaultValue = "0") long sinceSequence) {
		if (!Topics.isValidDatasetName(dataset)) {
			throw new BadRequestException("invalid-dataset", "Invalid dataset name",
					"'" + dataset + "' does not match " + Topics.DATASET_NAME_PATTERN);
		}
		if (sinceSequence < 0) {
			throw new BadRequestException("invalid-sequence", "Invalid sequence",
					"sinceSequence must be >= 0, was " + sinceSequence);
		}
		return this.jdbc.sql("""
				select (select coalesce(max(seq), 0) from offline_record) as watermark,
				  count(*) as records, count(*) filter (where seq > ?) as records_since
				from offline_record where dataset = ?""")
			.params(sinceSequence, dataset)
			.query((row, rowNum) -> new OfflineStats(dataset, row.getLong("watermark"), row.getLong("records"),
					row.getLong("records_since")))
			.single();
	}

	/**
	 * What the offline store holds for a dataset.
	 *
	 * @param dataset the dataset
	 * @param watermark the highest sequence in the offline store (the default watermark
	 * of a training set defined now)
	 * @param records the dataset's records
	 * @param recordsSince its records with a sequence above {@code sinceSequence}
	 */
	record OfflineStats(String dataset, long watermark, long records, long recordsSince) {
	}

}
