package dev.loopline.featurestore.it;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

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
 * A training set is reproducible: the same watermark gives the same rows, count and hash
 * also after more (and late) data arrived; a new watermark includes the new rows. Rows
 * come as NDJSON (hashed byte for byte) or CSV.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=feature-store-service")
@RealInfrastructure
class ReproducibilityIT {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void givesTheSameRowsAndHashForTheSameWatermark() throws Exception {
		Api api = new Api(this.port);
		api.createView(Feed.view("repro", "repro", "PT1H"));
		try (KafkaProbe kafka = KafkaProbe.create()) {
			Feed feed = new Feed(kafka, this.jdbc);
			feed.publishAndAwait(3, Feed.record("repro", "c-1", Feed.at(0), 1, 0),
					Feed.record("repro", "c-2", Feed.at(5), 2, 1), Feed.record("repro", "c-1", Feed.at(20), 3, 1));
			JsonNode first = api.trainingSet("{\"view\": \"repro\", \"label\": \"fraud\"}");
			assertThat(first.get("rowCount").asLong()).isEqualTo(3);
			Api.Response rows = api.get(path(first), TestApiKeys.READ, "application/x-ndjson");
			assertThat(rows.header("Content-Type")).startsWith("application/x-ndjson");
			assertThat(rows.header("X-Content-Hash")).isEqualTo(first.get("contentHash").asString());
			assertThat("sha256:" + sha256(rows.body())).isEqualTo(first.get("contentHash").asString());

			feed.publishAndAwait(5, Feed.record("repro", "c-1", Feed.at(10), 50, 1),
					Feed.record("repro", "c-2", Feed.at(30), 4, 0));
			JsonNode same = api.trainingSet("{\"view\": \"repro\", \"label\": \"fraud\", \"watermark\": "
					+ first.get("watermark").asLong() + "}");
			assertThat(same.get("rowCount").asLong()).isEqualTo(3);
			assertThat(same.get("contentHash").asString()).isEqualTo(first.get("contentHash").asString());
			assertThat(api.get(path(first), TestApiKeys.READ, "application/x-ndjson").body()).isEqualTo(rows.body());

			JsonNode next = api.trainingSet("{\"view\": \"repro\", \"label\": \"fraud\"}");
			assertThat(next.get("watermark").asLong()).isGreaterThan(first.get("watermark").asLong());
			assertThat(next.get("rowCount").asLong()).isEqualTo(5);
			assertThat(next.get("contentHash").asString()).isNotEqualTo(first.get("contentHash").asString());
			assertThat(api.get("/v1/training-sets/" + next.get("id").asString(), TestApiKeys.READ)
				.json()
				.get("contentHash")
				.asString()).isEqualTo(next.get("contentHash").asString());

			Api.Response csv = api.get(path(next), TestApiKeys.READ, "text/csv");
			assertThat(csv.header("Content-Type")).startsWith("text/csv");
			assertThat(csv.header("X-Row-Count")).isEqualTo("5");
			assertThat(csv.body().lines().toList()).hasSize(6)
				.first()
				.isEqualTo(
						"recordId,entityId,eventTime,amount,country,n_1h,sum_1h,mean_1h,min_1h,max_1h,last_1h,fraud");
		}
	}

	@Test
	void refusesAWatermarkAheadOfTheStore() {
		Api api = new Api(this.port);
		api.createView(Feed.view("ahead", "ahead", "PT1H"));
		Api.Response response = api.post("/v1/training-sets", TestApiKeys.OPERATE,
				"{\"view\": \"ahead\", \"label\": \"fraud\", \"watermark\": 999999999}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("/problems/watermark-ahead");
		assertThat(api.post("/v1/training-sets", TestApiKeys.OPERATE, "{\"view\": \"ahead\", \"label\": \"amount\"}")
			.status()).isEqualTo(400);
	}

	static String path(JsonNode set) {
		return "/v1/training-sets/" + set.get("id").asString() + "/rows";
	}

	static String sha256(String body) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
	}

}
