package dev.loopline.featurestore.it;

import dev.loopline.testkit.KafkaProbe;
import dev.loopline.testkit.RealInfrastructure;
import dev.loopline.testkit.TestApiKeys;
import org.junit.jupiter.api.BeforeEach;
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
 * The view registry: versions, every error of an invalid spec in one 400, and a version
 * frozen once it is materialized or exported.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=feature-store-service")
@RealInfrastructure
class FeatureViewRegistryIT {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.port);
	}

	@Test
	void registersVersionsAndServesThem() {
		JsonNode v1 = this.api.createView(Feed.view("reg-orders", "reg-orders", "PT24H"));
		assertThat(v1.get("version").asInt()).isEqualTo(1);
		assertThat(v1.get("ttl").asString()).isEqualTo("PT24H");
		assertThat(v1.get("spec").get("features").size()).isEqualTo(8);
		Api.Response again = this.api.post("/v1/feature-views", TestApiKeys.OPERATE,
				Feed.view("reg-orders", "reg-orders", "PT1H"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body()).contains("/problems/feature-view-exists");

		Api.Response v2 = this.api.post("/v1/feature-views/reg-orders/versions", TestApiKeys.OPERATE,
				Feed.view("reg-orders", "reg-orders", "PT2H"));
		assertThat(v2.status()).isEqualTo(201);
		assertThat(v2.json().get("version").asInt()).isEqualTo(2);
		assertThat(this.api.get("/v1/feature-views/reg-orders", TestApiKeys.READ).json().get("ttl").asString())
			.isEqualTo("PT2H");
		assertThat(
				this.api.get("/v1/feature-views/reg-orders/versions/1", TestApiKeys.READ).json().get("ttl").asString())
			.isEqualTo("PT24H");
		assertThat(this.api.get("/v1/feature-views", TestApiKeys.READ).json().toString()).contains("reg-orders");
		assertThat(this.api.get("/v1/feature-views/reg-orders/versions/9", TestApiKeys.READ).status()).isEqualTo(404);
		assertThat(this.api.get("/v1/feature-views/nope", TestApiKeys.READ).status()).isEqualTo(404);
		assertThat(this.api.post("/v1/feature-views", TestApiKeys.READ, Feed.view("x", "x", "PT1H")).status())
			.isEqualTo(403);
	}

	@Test
	void rejectsAnInvalidSpecWithEveryError() {
		Api.Response response = this.api.post("/v1/feature-views", TestApiKeys.OPERATE, """
				{"ttl": "soon", "spec": {"name": "bad", "dataset": "orders", "entityKey": "id",
				 "features": [{"name": "a", "source": "a", "transforms": [{"type": "sqrt"}]},
				              {"name": "a", "source": "b"},
				              {"name": "c", "aggregate": {"function": "mean", "source": "a", "window": "PT1H"}}]}}""");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("type").asString()).endsWith("/problems/invalid-feature-view");
		assertThat(problem.get("errors").size()).isGreaterThanOrEqualTo(4);
		assertThat(problem.get("errors").toString()).contains("spec.features[0].transforms[0].type")
			.contains("spec.features[1].name")
			.contains("\"ttl\"");
	}

	@Test
	void freezesAVersionOnceMaterialized() {
		this.api.createView(Feed.view("frozen-online", "frozen-online", "PT1H"));
		Api.Response edited = this.api.put("/v1/feature-views/frozen-online/versions/1", TestApiKeys.OPERATE,
				Feed.view("frozen-online", "frozen-online", "PT3H"));
		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.json().get("ttl").asString()).isEqualTo("PT3H");
		try (KafkaProbe kafka = KafkaProbe.create()) {
			new Feed(kafka, this.jdbc).publishAndAwait(1, Feed.record("frozen-online", "c-1", Feed.at(0), 1, null));
		}
		await().untilAsserted(() -> assertThat(
				this.api.get("/v1/feature-views/frozen-online", TestApiKeys.READ).json().get("frozen").asBoolean())
			.isTrue());
		Api.Response refused = this.api.put("/v1/feature-views/frozen-online/versions/1", TestApiKeys.OPERATE,
				Feed.view("frozen-online", "frozen-online", "PT4H"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body()).contains("/problems/feature-view-version-in-use");
	}

	@Test
	void freezesAVersionOnceExported() {
		this.api.createView(Feed.view("frozen-export", "frozen-export", "PT1H"));
		this.api.trainingSet("{\"view\": \"frozen-export\", \"label\": \"fraud\"}");
		assertThat(this.api
			.put("/v1/feature-views/frozen-export/versions/1", TestApiKeys.OPERATE,
					Feed.view("frozen-export", "frozen-export", "PT4H"))
			.status()).isEqualTo(409);
	}

}
