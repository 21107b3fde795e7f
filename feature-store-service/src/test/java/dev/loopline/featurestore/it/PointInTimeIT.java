package dev.loopline.featurestore.it;

import java.util.List;

import dev.loopline.testkit.KafkaProbe;
import dev.loopline.testkit.RealInfrastructure;
import dev.loopline.testkit.TestApiKeys;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Training rows carry aggregates as of their own event time: never a record later in
 * event time, and a late record with an earlier event time only once it is under the
 * watermark. Every aggregate function appears in the rows.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=feature-store-service")
@RealInfrastructure
class PointInTimeIT {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void computesAggregatesAsOfEachRowWithLateRecordsUnderTheWatermarkOnly() {
		Api api = new Api(this.port);
		api.createView(Feed.view("pit", "pit", "PT1H"));
		try (KafkaProbe kafka = KafkaProbe.create()) {
			Feed feed = new Feed(kafka, this.jdbc);
			feed.publishAndAwait(2, Feed.record("pit", "c-1", Feed.at(0), 1, false),
					Feed.record("pit", "c-1", Feed.at(30), 2, true));
			JsonNode before = api.trainingSet("{\"view\": \"pit\", \"label\": \"fraud\"}");
			// arrives late with an earlier event time, and without a label (history only)
			feed.publishAndAwait(3, Feed.record("pit", "c-1", Feed.at(10), 100, null));
			feed.publishAndAwait(4, Feed.record("pit", "c-1", Feed.at(50), 4, true));
			JsonNode after = api.trainingSet("{\"view\": \"pit\", \"label\": \"fraud\"}");

			List<JsonNode> early = rows(api, before);
			assertThat(early).extracting((row) -> row.get("values").get("n_1h").asDouble()).containsExactly(1.0, 2.0);
			assertThat(early.get(1).get("values").get("sum_1h").asDouble()).isEqualTo(3.0);

			List<JsonNode> late = rows(api, after);
			assertThat(late).extracting((row) -> row.get("eventTime").asString())
				.containsExactly("2026-01-15T10:00:00Z", "2026-01-15T10:30:00Z", "2026-01-15T10:50:00Z");
			// the first row never sees the record at +10 min, the second one now does
			assertThat(late.get(0).get("values").get("sum_1h").asDouble()).isEqualTo(1.0);
			assertThat(late.get(1).get("values").get("sum_1h").asDouble()).isEqualTo(103.0);
			JsonNode last = late.get(2).get("values");
			assertThat(last.get("amount").asDouble()).isEqualTo(4.0);
			assertThat(last.get("n_1h").asDouble()).isEqualTo(4.0);
			assertThat(last.get("sum_1h").asDouble()).isEqualTo(107.0);
			assertThat(last.get("mean_1h").asDouble()).isEqualTo(26.75);
			assertThat(last.get("min_1h").asDouble()).isEqualTo(1.0);
			assertThat(last.get("max_1h").asDouble()).isEqualTo(100.0);
			assertThat(last.get("last_1h").asDouble()).isEqualTo(4.0);
			assertThat(late.get(2).get("label").asBoolean()).isTrue();

			JsonNode ranged = api
				.trainingSet("{\"view\": \"pit\", \"label\": \"fraud\", \"from\": \"2026-01-15T10:30:00Z\","
						+ " \"to\": \"2026-01-15T10:50:00Z\"}");
			List<JsonNode> window = rows(api, ranged);
			assertThat(window).hasSize(1);
			assertThat(window.get(0).get("values").get("n_1h").asDouble()).isEqualTo(3.0);
		}
	}

	static List<JsonNode> rows(Api api, JsonNode set) {
		Api.Response response = api.get("/v1/training-sets/" + set.get("id").asString() + "/rows", TestApiKeys.READ,
				"application/x-ndjson");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("X-Row-Count")).isEqualTo(set.get("rowCount").asString());
		return response.body().lines().map(JSON::readTree).toList();
	}

}
