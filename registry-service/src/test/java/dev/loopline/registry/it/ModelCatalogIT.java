package dev.loopline.registry.it;

import dev.loopline.testkit.RealInfrastructure;
import dev.loopline.testkit.TestApiKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registered models over REST: create, search with filters and pages, describe, tag,
 * delete, and every client error as problem details.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=registry-service")
@RealInfrastructure
class ModelCatalogIT {

	@Value("${local.server.port}")
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
	}

	@Test
	void searchesModelsByNameAndTagPageByPage() {
		for (int i = 0; i < 5; i++) {
			String team = (i % 2 == 0) ? "risk" : "growth";
			assertThat(this.api
				.post("/v1/models", TestApiKeys.OPERATE,
						"{\"name\":\"search-" + i + "\",\"description\":\"model " + i + "\",\"tags\":{\"team\":\""
								+ team + "\"}}")
				.status()).isEqualTo(201);
		}
		this.api.post("/v1/models", TestApiKeys.OPERATE, "{\"name\":\"other\"}");

		JsonNode first = this.api.get("/v1/models?nameLike=search&tag=team:risk&page=0&size=2").json();
		assertThat(first.get("total").asLong()).isEqualTo(3);
		assertThat(first.get("size").asInt()).isEqualTo(2);
		assertThat(first.get("items").size()).isEqualTo(2);
		assertThat(first.get("items").get(0).get("name").asString()).isEqualTo("search-0");
		JsonNode second = this.api.get("/v1/models?nameLike=search&tag=team:risk&page=1&size=2").json();
		assertThat(second.get("items").size()).isEqualTo(1);
		assertThat(second.get("items").get(0).get("name").asString()).isEqualTo("search-4");
		assertThat(this.api.get("/v1/models?nameLike=search").json().get("total").asLong()).isEqualTo(5);
	}

	@Test
	void describesTagsAndDeletesAModel() {
		String path = "/v1/models/tagged";
		Api.Response created = this.api.post("/v1/models", TestApiKeys.OPERATE, "{\"name\":\"tagged\"}");
		assertThat(created.header("Location")).isEqualTo(path);
		assertThat(this.api.patch(path, TestApiKeys.OPERATE, "{\"description\":\"fraud scores\"}")
			.json()
			.get("description")
			.asString()).isEqualTo("fraud scores");
		assertThat(this.api.put(path + "/tags/owner", TestApiKeys.OPERATE, "{\"value\":\"risk-team\"}")
			.json()
			.get("tags")
			.get("owner")
			.asString()).isEqualTo("risk-team");
		assertThat(this.api.delete(path + "/tags/owner", TestApiKeys.OPERATE).status()).isEqualTo(204);
		assertThat(this.api.get(path).json().get("tags").has("owner")).isFalse();
		assertThat(problem(this.api.post("/v1/models", TestApiKeys.OPERATE, "{\"name\":\"tagged\"}"), 409))
			.endsWith("/model-exists");
		assertThat(this.api.delete(path, TestApiKeys.OPERATE).status()).isEqualTo(204);
		assertThat(problem(this.api.get(path), 404)).endsWith("/model-not-found");
	}

	@Test
	void answersClientErrorsWithProblemDetails() {
		this.api.post("/v1/models", TestApiKeys.OPERATE, "{\"name\":\"errors\"}");
		assertThat(problem(this.api.get("/v1/models/nope"), 404)).endsWith("/model-not-found");
		assertThat(problem(this.api.get("/v1/models/nope/versions/1"), 404)).endsWith("/model-not-found");
		assertThat(problem(this.api.get("/v1/models/errors/versions/7"), 404)).endsWith("/model-version-not-found");
		assertThat(problem(this.api.get("/v1/models/errors/versions/abc"), 400)).isNotBlank();
		assertThat(problem(this.api.get("/v1/models/errors/versions?status=BOGUS"), 400)).endsWith("/invalid-status");
		assertThat(problem(this.api.get("/v1/models?size=0"), 400)).endsWith("/invalid-page");
		assertThat(problem(this.api.get("/v1/models?tag=novalue"), 400)).endsWith("/invalid-tag-filter");
		assertThat(problem(this.api.post("/v1/models", TestApiKeys.OPERATE, "{\"name\":\"bad name!\"}"), 400))
			.endsWith("/invalid-model-name");
		assertThat(problem(this.api.post("/v1/models", TestApiKeys.OPERATE,
				"{\"name\":\"t1\",\"tags\":{\"ok\":\"" + "v".repeat(257) + "\"}}"), 400))
			.endsWith("/invalid-tag-value");
		assertThat(problem(this.api.post("/v1/models", TestApiKeys.OPERATE, "{\"name\":\"t2\",\"tags\":{\"ok\":null}}"),
				400))
			.endsWith("/invalid-tag-value");
		assertThat(problem(
				this.api.post("/v1/models", TestApiKeys.OPERATE, "{\"name\":\"t3\",\"tags\":{\"a:b\":\"x\"}}"), 400))
			.endsWith("/invalid-tag-key");
		assertThat(problem(this.api.put("/v1/models/errors/tags/owner", TestApiKeys.OPERATE,
				"{\"value\":\"" + "v".repeat(257) + "\"}"), 400))
			.endsWith("/invalid-tag-value");
		assertThat(problem(this.api.put("/v1/models/errors/tags/owner", TestApiKeys.OPERATE, "{}"), 400))
			.endsWith("/invalid-tag-value");
		assertThat(this.api.get("/v1/models/t1").status()).isEqualTo(404);
		assertThat(problem(this.api.post("/v1/models", TestApiKeys.OPERATE, "{\"description\":\"x\"}"), 400))
			.endsWith("/validation-failed");
		assertThat(problem(this.api.post("/v1/models", TestApiKeys.READ, "{\"name\":\"x\"}"), 403))
			.endsWith("/forbidden");
		assertThat(problem(this.api.post("/v1/models/errors/rollback", TestApiKeys.OPERATE, "{\"reason\":\"x\"}"), 409))
			.endsWith("/no-champion");
		assertThat(problem(
				this.api.post("/v1/models/errors/versions/1/approve", TestApiKeys.OPERATE, "{\"reason\":\"x\"}"), 404))
			.endsWith("/model-version-not-found");
	}

	private static String problem(Api.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		return response.json().get("type").asString();
	}

}
