package dev.loopline.training.it;

import java.util.ArrayList;
import java.util.List;

import dev.loopline.testkit.RealInfrastructure;
import dev.loopline.testkit.ServiceApi.Response;
import dev.loopline.testkit.TestApiKeys;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model spec and run APIs: versions, defaults, every validation error in one problem,
 * unknown models, roles.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=training-service")
@RealInfrastructure
class SpecApiIT extends TrainingItSupport {

	@Test
	void everyPutAddsAVersionCompletedWithDefaults() {
		Response created = put("/v1/model-specs/churn", TestApiKeys.OPERATE, spec(""));
		assertThat(created.status()).isEqualTo(201);
		Response updated = put("/v1/model-specs/churn", TestApiKeys.OPERATE,
				spec("\"description\":\"second\"").replace("logistic-regression", "cart")
					.replace("\"epochs\":5", "\"maxDepth\":4"));
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("version").asInt()).isEqualTo(2);
		JsonNode latest = get("/v1/model-specs/churn", TestApiKeys.READ).json();
		assertThat(latest.get("spec").get("algorithm").asString()).isEqualTo("cart");
		assertThat(latest.get("spec").get("holdout").get("strategy").asString()).isEqualTo("random");
		assertThat(latest.get("spec").get("triggers").get("cooldown").asString()).isEqualTo("PT10M");
		assertThat(get("/v1/model-specs/churn/versions", TestApiKeys.READ).json()).hasSize(2);
		assertThat(get("/v1/model-specs/churn/versions/1", TestApiKeys.READ).json()
			.get("spec")
			.get("algorithm")
			.asString()).isEqualTo("logistic-regression");
		assertThat(get("/v1/model-specs", TestApiKeys.READ).json().toString()).contains("\"churn\"");
	}

	@Test
	void listsEveryValidationErrorAsAProblem() {
		Response response = put("/v1/model-specs/broken", TestApiKeys.OPERATE, """
				{"task":"regression","featureView":{"name":"v"},"label":"y","algorithm":"xgboost",
				 "hyperparameters":{"eta":5,"noSuch":1},"holdout":{"fraction":1.5},
				 "promotion":{"metric":"accuracy"},"triggers":{"schedule":"every minute"}}""");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("type").asString()).endsWith("/problems/invalid-model-spec");
		List<String> paths = new ArrayList<>();
		problem.get("errors").forEach((error) -> paths.add(error.get("path").asString()));
		assertThat(paths).contains("dataset", "holdout.fraction", "promotion.metric", "triggers.schedule");
		assertThat(paths.stream().filter("hyperparameters"::equals)).hasSize(2);
		assertThat(get("/v1/model-specs/broken", TestApiKeys.READ).status()).isEqualTo(404);
	}

	@Test
	void answersUnknownModelsAndRunsWith404() {
		Response spec = get("/v1/model-specs/nobody", TestApiKeys.READ);
		assertThat(spec.status()).isEqualTo(404);
		assertThat(spec.json().get("type").asString()).endsWith("/problems/model-spec-not-found");
		Response run = post("/v1/model-specs/nobody/runs", TestApiKeys.OPERATE, "{}");
		assertThat(run.status()).isEqualTo(404);
		assertThat(get("/v1/runs/" + java.util.UUID.randomUUID(), TestApiKeys.READ).status()).isEqualTo(404);
	}

	@Test
	void refusesWritesWithAReadOnlyKey() {
		Response response = put("/v1/model-specs/churn-ro", TestApiKeys.READ, spec(""));
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		putSpec("churn-ro", spec(""));
		assertThat(post("/v1/model-specs/churn-ro/runs", TestApiKeys.READ, "{}").status()).isEqualTo(403);
	}

	@Test
	void acceptsARunWithLocationAndRefusesBadOverrides() {
		putSpec("churn-run", spec(""));
		Response bad = post("/v1/model-specs/churn-run/runs", TestApiKeys.OPERATE, "{\"parameters\":{\"epochs\":0}}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors")).hasSize(1);
		Response accepted = post("/v1/model-specs/churn-run/runs", TestApiKeys.OPERATE,
				"{\"parameters\":{\"epochs\":2}}");
		assertThat(accepted.status()).isEqualTo(202);
		assertThat(accepted.json().get("status").asString()).isEqualTo("QUEUED");
		assertThat(accepted.header("Location")).isEqualTo("/v1/runs/" + accepted.json().get("id").asString());
		assertThat(accepted.json().get("overrides").get("epochs").asInt()).isEqualTo(2);
	}

	@Test
	void cancelsOnlyAQueuedRun() {
		putSpec("churn-cancel", spec(""));
		java.util.UUID first = requestRun("churn-cancel", "{}");
		awaitStatus(first, "SUCCEEDED");
		Response conflict = post("/v1/runs/" + first + "/cancel", TestApiKeys.OPERATE, "");
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.json().get("type").asString()).endsWith("/problems/run-not-queued");
	}

}
