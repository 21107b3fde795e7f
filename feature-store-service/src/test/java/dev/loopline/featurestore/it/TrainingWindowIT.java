package dev.loopline.featurestore.it;

import java.util.List;

import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.ValidatedRecord;
import dev.loopline.testkit.KafkaProbe;
import dev.loopline.testkit.RealInfrastructure;
import dev.loopline.testkit.TestApiKeys;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What training needs beyond the rows: a "last N rows" window that keeps the most recent
 * labelled rows (with aggregates still computed from the earlier history), the data
 * contract versions of a set's records for lineage, and the dataset counts behind a
 * new-data trigger.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=feature-store-service")
@RealInfrastructure
class TrainingWindowIT {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void keepsTheLastRowsAndReportsTheirContractVersions() {
		Api api = new Api(this.port);
		api.createView(Feed.view("window", "window", "PT1H"));
		try (KafkaProbe kafka = KafkaProbe.create()) {
			Feed feed = new Feed(kafka, this.jdbc);
			feed.publishAndAwait(5, versioned(Feed.record("window", "c-1", Feed.at(0), 1, 0), 1),
					versioned(Feed.record("window", "c-1", Feed.at(1), 2, 1), 1),
					versioned(Feed.record("window", "c-1", Feed.at(2), 3, null), 2),
					versioned(Feed.record("window", "c-1", Feed.at(3), 4, 0), 2),
					versioned(Feed.record("window", "c-1", Feed.at(4), 5, 1), 3));

			JsonNode all = api.trainingSet("{\"view\": \"window\", \"label\": \"fraud\"}");
			assertThat(all.get("rowCount").asLong()).isEqualTo(4);
			assertThat(versions(all)).containsExactly(1, 2, 3);

			JsonNode last = api.trainingSet("{\"view\": \"window\", \"label\": \"fraud\", \"last\": 2}");
			assertThat(last.get("rowCount").asLong()).isEqualTo(2);
			assertThat(last.get("last").asLong()).isEqualTo(2);
			assertThat(versions(last)).containsExactly(2, 3);
			List<String> rows = api.get(ReproducibilityIT.path(last), TestApiKeys.READ, "application/x-ndjson")
				.body()
				.lines()
				.toList();
			assertThat(rows).hasSize(2);
			// the one-hour count includes the unlabelled record and the skipped rows
			assertThat(rows.get(0)).contains("\"amount\":4.0").contains("\"n_1h\":4.0");
			assertThat(rows.get(1)).contains("\"amount\":5.0").contains("\"n_1h\":5.0");

			assertThat(api
				.post("/v1/training-sets", TestApiKeys.OPERATE,
						"{\"view\": \"window\", \"label\": \"fraud\", \"last\": 0}")
				.body()).contains("/problems/invalid-training-set");
		}
	}

	@Test
	void countsTheRecordsSinceAWatermark() {
		Api api = new Api(this.port);
		api.createView(Feed.view("counted", "counted", "PT1H"));
		try (KafkaProbe kafka = KafkaProbe.create()) {
			Feed feed = new Feed(kafka, this.jdbc);
			feed.publishAndAwait(2, Feed.record("counted", "c-1", Feed.at(0), 1, 0),
					Feed.record("counted", "c-2", Feed.at(1), 2, 1));
			JsonNode before = api.get("/v1/datasets/counted/offline", TestApiKeys.READ).json();
			assertThat(before.get("records").asLong()).isEqualTo(2);
			long watermark = before.get("watermark").asLong();

			feed.publishAndAwait(5, Feed.record("counted", "c-1", Feed.at(2), 3, 0),
					Feed.record("counted", "c-2", Feed.at(3), 4, 1), Feed.record("counted", "c-3", Feed.at(4), 5, 1));
			JsonNode after = api.get("/v1/datasets/counted/offline?sinceSequence=" + watermark, TestApiKeys.READ)
				.json();
			assertThat(after.get("records").asLong()).isEqualTo(5);
			assertThat(after.get("recordsSince").asLong()).isEqualTo(3);
			assertThat(after.get("watermark").asLong()).isGreaterThan(watermark);
			assertThat(api.get("/v1/datasets/Not_Valid/offline", TestApiKeys.READ).status()).isEqualTo(400);
		}
	}

	private static ValidatedRecord versioned(ValidatedRecord record, int contractVersion) {
		return new ValidatedRecord(EventMetadata.newCorrelation(), record.dataset(), record.recordId(),
				record.entityId(), record.batchId(), contractVersion, record.eventTime(), record.ingestedAt(),
				record.fields());
	}

	private static List<Integer> versions(JsonNode set) {
		return set.get("contractVersions").valueStream().map(JsonNode::asInt).toList();
	}

}
