package dev.loopline.featurestore.it;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

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
import static org.awaitility.Awaitility.await;

/**
 * Online lookups: the newest value by event time (a late older record does not overwrite
 * it) with the window aggregates, STALE beyond the TTL, MISSING for unknown entities and
 * features pushed from outside.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=feature-store-service")
@RealInfrastructure
class OnlineFeaturesIT {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void servesTheNewestValuesWithAggregatesAndAStatusPerItem() {
		Api api = new Api(this.port);
		api.createView(Feed.view("live", "live", "PT1H"));
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		try (KafkaProbe kafka = KafkaProbe.create()) {
			Feed feed = new Feed(kafka, this.jdbc);
			feed.publishAndAwait(3, Feed.record("live", "fresh", now.minus(Duration.ofMinutes(40)), 10, null),
					Feed.record("live", "fresh", now.minus(Duration.ofMinutes(20)), 30, null),
					Feed.record("live", "old", Feed.T0, 12.5, null));
			// late, with an older event time: counts in the window, does not become
			// "amount"
			feed.publishAndAwait(4, Feed.record("live", "fresh", now.minus(Duration.ofMinutes(50)), 5, null));
		}
		// online rows follow the offline append in the background
		await().untilAsserted(() -> assertThat(api.online("live", "{\"entities\": [\"fresh\", \"old\"]}")
			.get("entities")
			.findValues("n_1h")
			.stream()
			.map((value) -> value.get("value").asDouble())).containsExactly(3.0, 1.0));
		JsonNode answer = api.online("live", "{\"entities\": [\"fresh\", \"old\", \"nobody\"]}");
		assertThat(answer.get("version").asInt()).isEqualTo(1);
		JsonNode fresh = answer.get("entities").get(0).get("features");
		assertThat(fresh.get("amount").get("value").asDouble()).isEqualTo(30.0);
		assertThat(fresh.get("amount").get("status").asString()).isEqualTo("PRESENT");
		assertThat(Instant.parse(fresh.get("amount").get("eventTime").asString()))
			.isEqualTo(now.minus(Duration.ofMinutes(20)));
		assertThat(fresh.get("n_1h").get("value").asDouble()).isEqualTo(3.0);
		assertThat(fresh.get("sum_1h").get("value").asDouble()).isEqualTo(45.0);
		assertThat(fresh.get("mean_1h").get("value").asDouble()).isEqualTo(15.0);
		assertThat(fresh.get("min_1h").get("value").asDouble()).isEqualTo(5.0);
		assertThat(fresh.get("max_1h").get("value").asDouble()).isEqualTo(30.0);
		assertThat(fresh.get("last_1h").get("value").asDouble()).isEqualTo(30.0);

		JsonNode old = answer.get("entities").get(1).get("features");
		assertThat(old.get("amount").get("status").asString()).isEqualTo("STALE");
		assertThat(old.get("amount").get("value").asDouble()).isEqualTo(12.5);
		JsonNode nobody = answer.get("entities").get(2);
		assertThat(nobody.get("entityId").asString()).isEqualTo("nobody");
		assertThat(nobody.get("features").get("amount").get("status").asString()).isEqualTo("MISSING");
	}

	@Test
	void selectsFeaturesAndRejectsUnknownOnes() {
		Api api = new Api(this.port);
		api.createView(Feed.view("pick", "pick", "PT1H"));
		JsonNode answer = api.online("pick", "{\"entities\": [\"a\"], \"features\": [\"n_1h\", \"amount\"]}");
		assertThat(answer.get("features").toString()).isEqualTo("[\"n_1h\",\"amount\"]");
		Api.Response unknown = api.post("/v1/feature-views/pick/online", TestApiKeys.READ,
				"{\"entities\": [\"a\"], \"features\": [\"nope\"]}");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("/problems/unknown-feature");
		assertThat(api.post("/v1/feature-views/pick/online", TestApiKeys.READ, "{\"entities\": []}").status())
			.isEqualTo(400);
		assertThat(api.post("/v1/feature-views/missing/online", TestApiKeys.READ, "{\"entities\": [\"a\"]}").status())
			.isEqualTo(404);
	}

	@Test
	void takesPushedFeaturesOnceIntoTheOnlineAndOfflineStores() {
		Api api = new Api(this.port);
		api.createView(Feed.view("pushed", "pushed", "PT1H"));
		String push = "{\"rows\": [{\"entityId\": \"p-1\", \"eventTime\": \"" + Instant.now()
				+ "\", \"values\": {\"amount\": 7, \"country\": \"FR\"}}]}";
		Api.Response first = api.post("/v1/feature-views/pushed/push", TestApiKeys.INGEST, push);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().get("stored").asInt()).isEqualTo(1);
		assertThat(api.post("/v1/feature-views/pushed/push", TestApiKeys.INGEST, push).json().get("duplicates").asInt())
			.isEqualTo(1);
		JsonNode features = api.online("pushed", "{\"entities\": [\"p-1\"]}").get("entities").get(0).get("features");
		assertThat(features.get("amount").get("value").asInt()).isEqualTo(7);
		assertThat(features.get("country").get("status").asString()).isEqualTo("PRESENT");
		assertThat(features.get("n_1h").get("value").asDouble()).isEqualTo(1.0);
		assertThat(api.post("/v1/feature-views/pushed/push", TestApiKeys.READ, push).status()).isEqualTo(403);
		assertThat(api.post("/v1/feature-views/pushed/push", TestApiKeys.INGEST,
				"{\"rows\": [{\"entityId\": \"p-1\", \"eventTime\": \"2026-01-15T10:00:00Z\", \"values\": {\"n_1h\": 1}}]}")
			.status()).isEqualTo(400);
	}

}
