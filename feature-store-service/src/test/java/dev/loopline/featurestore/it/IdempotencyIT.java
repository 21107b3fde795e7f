package dev.loopline.featurestore.it;

import java.util.HashMap;
import java.util.Map;

import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.ValidatedRecord;
import dev.loopline.testkit.KafkaProbe;
import dev.loopline.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Materialization is idempotent on the record id: a redelivered event and the same record
 * under a new event id (a replay) change neither the offline store nor the online values
 * and aggregates.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=feature-store-service")
@RealInfrastructure
class IdempotencyIT {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcTemplate jdbc;

	static JsonNode online(Api api) {
		return api.online("idem", "{\"entities\": [\"c-1\"]}").get("entities").get(0).get("features");
	}

	@Test
	void ignoresRedeliveredAndReplayedRecords() {
		Api api = new Api(this.port);
		api.createView(Feed.view("idem", "idem", "PT1H"));
		ValidatedRecord original = Feed.record("idem", "c-1", Feed.at(0), 10, 1);
		Map<String, Object> changed = new HashMap<>(original.fields());
		changed.put("amount", 999.0);
		ValidatedRecord replayed = new ValidatedRecord(EventMetadata.newCorrelation(), "idem", original.recordId(),
				"c-1", "batch-2", 1, Feed.at(30), original.ingestedAt(), changed);
		// same key as the others, so the same partition: consumed after the duplicates
		ValidatedRecord sentinel = Feed.record("idem", "c-1", Feed.at(40), 5, 0);
		try (KafkaProbe kafka = KafkaProbe.create()) {
			Feed feed = new Feed(kafka, this.jdbc);
			feed.publishAndAwait(1, original);
			JsonNode before = api.trainingSet("{\"view\": \"idem\", \"label\": \"fraud\"}");
			feed.publish(original, replayed, sentinel);
			feed.awaitRows("idem", 2);
			assertThat(this.jdbc.queryForObject(
					"select fields->>'amount' from features.offline_record where record_id = ?", String.class,
					original.recordId()))
				.isEqualTo("10.0");
			await().untilAsserted(() -> assertThat(online(api).get("amount").get("value").asDouble()).isEqualTo(5.0));
			JsonNode features = online(api);
			assertThat(features.get("n_1h").get("value").asDouble()).isEqualTo(2.0);
			assertThat(features.get("sum_1h").get("value").asDouble()).isEqualTo(15.0);
			assertThat(features.get("max_1h").get("value").asDouble()).isEqualTo(10.0);
			JsonNode again = api.trainingSet("{\"view\": \"idem\", \"label\": \"fraud\", \"watermark\": "
					+ before.get("watermark").asLong() + "}");
			assertThat(again.get("contentHash").asString()).isEqualTo(before.get("contentHash").asString());
			JsonNode all = api.trainingSet("{\"view\": \"idem\", \"label\": \"fraud\"}");
			assertThat(all.get("rowCount").asLong()).isEqualTo(2);
		}
	}

}
