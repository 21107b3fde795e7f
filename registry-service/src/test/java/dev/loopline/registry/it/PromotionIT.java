package dev.loopline.registry.it;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.FairnessReport;
import dev.loopline.contracts.ModelPromoted;
import dev.loopline.contracts.ModelRejected;
import dev.loopline.contracts.ModelRolledBack;
import dev.loopline.contracts.ModelVersionRegistered;
import dev.loopline.contracts.PromotionPolicy;
import dev.loopline.contracts.RunStatus;
import dev.loopline.contracts.Topics;
import dev.loopline.contracts.TrainingRunFinished;
import dev.loopline.testkit.KafkaProbe;
import dev.loopline.testkit.RealInfrastructure;
import dev.loopline.testkit.TestApiKeys;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate and the lifecycle on the real broker and database: runs published on
 * {@code loopline.training.runs} become versions, and every decision shows in the REST
 * state and as an event on {@code loopline.models.events}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=registry-service")
@RealInfrastructure
class PromotionIT {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeterRegistry meters;

	Api api;

	KafkaProbe kafka;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.kafka = KafkaProbe.create();
	}

	@AfterEach
	void tearDown() {
		this.kafka.close();
	}

	@Test
	void promotesABetterChallengerAndRejectsAWorseOneWithItsReason() {
		String model = Runs.unique("fraud");
		TrainingRunFinished first = publish(model, 0.80, Map.of(), null, null);
		assertThat(Runs.awaitVersion(this.api, model, 1).get("status").asString()).isEqualTo("CHAMPION");
		ModelPromoted promotedFirst = Runs.awaitEvent(this.kafka, ModelPromoted.class, model, (e) -> e.version() == 1);
		assertThat(promotedFirst.previousVersion()).isNull();
		assertThat(promotedFirst.metadata().correlationId()).isEqualTo(first.metadata().correlationId());
		assertThat(Runs.awaitEvent(this.kafka, ModelVersionRegistered.class, model, (e) -> e.version() == 1).runId())
			.isEqualTo(first.runId());

		publish(model, 0.85, Map.of("accuracy", 0.80), 1, null);
		assertThat(Runs.awaitVersion(this.api, model, 2).get("status").asString()).isEqualTo("CHAMPION");
		ModelPromoted promoted = Runs.awaitEvent(this.kafka, ModelPromoted.class, model, (e) -> e.version() == 2);
		assertThat(promoted.previousVersion()).isEqualTo(1);
		assertThat(promoted.alias()).isEqualTo("champion");
		assertThat(this.api.get("/v1/models/" + model + "/versions/1").json().get("status").asString())
			.isEqualTo("ARCHIVED");

		publish(model, 0.70, Map.of("accuracy", 0.85), 2, null);
		JsonNode rejected = Runs.awaitVersion(this.api, model, 3);
		assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
		assertThat(rejected.get("decisionReason").asString()).contains("0.7000").contains("0.8500");
		ModelRejected event = Runs.awaitEvent(this.kafka, ModelRejected.class, model, (e) -> e.version() == 3);
		assertThat(event.reason()).contains("0.7000").contains("0.8500").contains("champion v2");
		assertThat(alias(model, "champion").get("version").asInt()).isEqualTo(2);

		String search = "/v1/versions?model=" + model;
		assertThat(this.api.get(search + "&metric.accuracy.gte=0.8").json().get("total").asLong()).isEqualTo(2);
		assertThat(this.api.get(search + "&metric.accuracy.lte=0.8&status=REJECTED")
			.json()
			.get("items")
			.get(0)
			.get("version")
			.asInt()).isEqualTo(3);
		assertThat(problem(this.api.get(search + "&metric.accuracy.gt=1"), 400)).endsWith("/invalid-metric-filter");
	}

	@Test
	void rejectsARunOverTheFairnessBoundOrWithoutAFairnessReport() {
		String model = Runs.unique("fair");
		PromotionPolicy policy = new PromotionPolicy("accuracy", 0, null, 0.05, false);
		publish(model, 0.9, Map.of(), null, policy,
				new FairnessReport("country", "accuracy", Map.of("DE", 0.95, "FR", 0.80), 0.15));
		publish(model, 0.9, Map.of(), null, policy, null);
		assertThat(Runs.awaitVersion(this.api, model, 1).get("decisionReason").asString())
			.contains("fairness gap 0.1500");
		assertThat(Runs.awaitVersion(this.api, model, 2).get("decisionReason").asString())
			.contains("no fairness report");
	}

	@Test
	void waitsForManualApprovalAndForAPersonWhenTheChampionChanged() {
		String model = Runs.unique("approve");
		publish(model, 0.80, Map.of(), null, null);
		Runs.awaitVersion(this.api, model, 1);
		publish(model, 0.90, Map.of("accuracy", 0.80), 1, new PromotionPolicy("accuracy", 0, null, null, true));
		JsonNode pending = Runs.awaitVersion(this.api, model, 2);
		assertThat(pending.get("status").asString()).isEqualTo("PENDING_APPROVAL");
		assertThat(pending.get("decisionReason").asString()).contains("manual approval");

		Api.Response approved = this.api.post("/v1/models/" + model + "/versions/2/approve", TestApiKeys.OPERATE,
				"{\"reason\":\"looks good\"}");
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.json().get("status").asString()).isEqualTo("CHAMPION");
		ModelPromoted promoted = Runs.awaitEvent(this.kafka, ModelPromoted.class, model, (e) -> e.version() == 2);
		assertThat(promoted.reason()).isEqualTo("looks good");
		assertThat(promoted.previousVersion()).isEqualTo(1);
		JsonNode audit = this.api.get("/v1/models/" + model + "/audit").json().get("items");
		assertThat(audit.get(0).get("action").asString()).isEqualTo("approved");
		assertThat(audit.get(0).get("actor").asString()).isEqualTo("test-operate");
		assertThat(audit.get(0).get("reason").asString()).isEqualTo("looks good");

		// trained against v1, but v2 became champion meanwhile: never judged on stale
		// numbers
		publish(model, 0.99, Map.of("accuracy", 0.80), 1, null);
		JsonNode stale = Runs.awaitVersion(this.api, model, 3);
		assertThat(stale.get("status").asString()).isEqualTo("PENDING_APPROVAL");
		assertThat(stale.get("decisionReason").asString()).contains("champion changed");
		assertThat(this.api
			.post("/v1/models/" + model + "/versions/2/approve", TestApiKeys.OPERATE, "{\"reason\":\"again\"}")
			.status()).isEqualTo(409);
	}

	@Test
	void rollsTheChampionBackInOneCall() {
		String model = Runs.unique("rollback");
		publish(model, 0.80, Map.of(), null, null);
		Runs.awaitVersion(this.api, model, 1);
		publish(model, 0.85, Map.of("accuracy", 0.80), 1, null);
		Runs.awaitVersion(this.api, model, 2);

		Api.Response response = this.api.post("/v1/models/" + model + "/rollback", TestApiKeys.OPERATE,
				"{\"reason\":\"latency regression\"}");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("version").asInt()).isEqualTo(1);
		assertThat(alias(model, "champion").get("version").asInt()).isEqualTo(1);
		assertThat(this.api.get("/v1/models/" + model + "/versions/2").json().get("status").asString())
			.isEqualTo("ROLLED_BACK");
		ModelRolledBack event = Runs.awaitEvent(this.kafka, ModelRolledBack.class, model, (e) -> true);
		assertThat(event.fromVersion()).isEqualTo(2);
		assertThat(event.toVersion()).isEqualTo(1);
		assertThat(event.reason()).isEqualTo("latency regression");
		JsonNode audit = this.api.get("/v1/models/" + model + "/audit").json().get("items").get(0);
		assertThat(audit.get("action").asString()).isEqualTo("rolled-back");
		assertThat(audit.get("actor").asString()).isEqualTo("test-operate");
		assertThat(audit.get("details").get("fromVersion").asInt()).isEqualTo(2);
		assertThat(this.api.post("/v1/models/" + model + "/rollback", TestApiKeys.OPERATE, "{\"reason\":\"again\"}")
			.json()
			.get("type")
			.asString()).endsWith("/no-rollback-target");
		assertThat(this.api
			.post("/v1/models/" + model + "/rollback", TestApiKeys.OPERATE, "{\"toVersion\":2,\"reason\":\"fixed\"}")
			.json()
			.get("version")
			.asInt()).isEqualTo(2);
	}

	@Test
	void movesAliasesAndRefusesIllegalMoves() {
		String model = Runs.unique("alias");
		publish(model, 0.80, Map.of(), null, null);
		Runs.awaitVersion(this.api, model, 1);
		publish(model, 0.70, Map.of("accuracy", 0.80), 1, null);
		Runs.awaitVersion(this.api, model, 2);
		publish(model, 0.80, Map.of("accuracy", 0.80), 1, new PromotionPolicy("accuracy", 0, null, null, true));
		Runs.awaitVersion(this.api, model, 3);

		String path = "/v1/models/" + model + "/aliases/challenger";
		assertThat(this.api.put(path, TestApiKeys.OPERATE, "{\"version\":3,\"reason\":\"try it\"}").status())
			.isEqualTo(200);
		JsonNode challenger = alias(model, "challenger");
		assertThat(challenger.get("version").asInt()).isEqualTo(3);
		assertThat(challenger.get("aliases").toString()).contains("challenger");
		assertThat(Runs.awaitEvent(this.kafka, ModelPromoted.class, model, (e) -> "challenger".equals(e.alias()))
			.version()).isEqualTo(3);
		assertThat(this.api.delete(path, TestApiKeys.OPERATE).status()).isEqualTo(204);
		assertThat(problem(this.api.get(path), 404)).endsWith("/alias-not-found");

		assertThat(problem(this.api.put("/v1/models/" + model + "/aliases/champion", TestApiKeys.OPERATE,
				"{\"version\":2,\"reason\":\"force\"}"), 409))
			.endsWith("/version-rejected");
		assertThat(problem(
				this.api.post("/v1/models/" + model + "/versions/1/reject", TestApiKeys.OPERATE, "{\"reason\":\"no\"}"),
				409))
			.endsWith("/version-is-champion");
		assertThat(problem(
				this.api.put("/v1/models/" + model + "/aliases/BAD_alias", TestApiKeys.OPERATE, "{\"version\":1}"),
				400))
			.endsWith("/invalid-alias");
		assertThat(problem(this.api.put(path, TestApiKeys.READ, "{\"version\":1}"), 403)).endsWith("/forbidden");
		assertThat(problem(this.api.get("/v1/models/" + model + "/aliases/shadow"), 404)).endsWith("/alias-not-found");
		assertThat(problem(this.api.get("/v1/models/no-such-model/aliases/champion"), 404))
			.endsWith("/model-not-found");

		Api.Response rejected = this.api.post("/v1/models/" + model + "/versions/3/reject", TestApiKeys.OPERATE,
				"{\"reason\":\"not convincing\"}");
		assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
		assertThat(Runs.awaitEvent(this.kafka, ModelRejected.class, model, (e) -> e.version() == 3).reason())
			.isEqualTo("not convincing");
	}

	@Test
	void answersTheCompleteLineageChainAndTheModelCard() {
		String model = Runs.unique("lineage");
		TrainingRunFinished run = publish(model, 0.80, Map.of(), null, null,
				new FairnessReport("country", "accuracy", Map.of("DE", 0.81, "FR", 0.79), 0.02));
		Runs.awaitVersion(this.api, model, 1);
		JsonNode lineage = this.api.get("/v1/models/" + model + "/versions/1/lineage").json();
		assertThat(lineage.get("missing").size()).as(lineage.toString()).isZero();
		assertThat(lineage.get("complete").asBoolean()).isTrue();
		assertThat(lineage.get("run").get("id").asString()).isEqualTo(run.runId().toString());
		assertThat(lineage.get("trainingSet").get("id").asString()).isEqualTo(run.trainingSet().id().toString());
		assertThat(lineage.get("trainingSet").get("sequenceWatermark").asLong()).isEqualTo(4242);
		assertThat(lineage.get("trainingSet").get("contentHash").asString()).isEqualTo("sha256:abc");
		assertThat(lineage.get("featureView").get("version").asInt()).isEqualTo(3);
		assertThat(lineage.get("dataContracts").get("versions").toString()).isEqualTo("[1,2]");
		assertThat(lineage.get("trigger").get("type").asString()).isEqualTo("ALERT");
		assertThat(lineage.get("trigger").get("alertId").asString()).isEqualTo(run.context().alertId().toString());
		assertThat(lineage.get("trigger").get("correlationId").asString()).isEqualTo(run.metadata().correlationId());

		JsonNode card = this.api.get("/v1/models/" + model + "/versions/1/card").json();
		assertThat(card.get("intendedUse").get("task").asString()).isEqualTo("classification");
		assertThat(card.get("intendedUse").get("label").asString()).isEqualTo("fraud");
		assertThat(card.get("fairness").get("byGroup").get("DE").asDouble()).isEqualTo(0.81);
		assertThat(card.get("trainer").get("hyperparameters").get("epochs").asInt()).isEqualTo(5);
		String markdown = this.api.get("/v1/models/" + model + "/versions/1/card", TestApiKeys.READ, "text/markdown")
			.body();
		assertThat(markdown).startsWith("# Model card: " + model + " v1")
			.contains("| accuracy | 0.8000 |")
			.contains("| DE | 0.8100 |")
			.contains("LogisticRegressionTrainer");
		assertThat(this.api.get("/v1/models/" + model + "/versions/1/card?format=markdown").body()).isEqualTo(markdown);
	}

	@Test
	void registersEachRunOnceAndRecordsFailedRunsWithoutAVersion() {
		String model = Runs.unique("once");
		TrainingRunFinished run = publish(model, 0.80, Map.of(), null, null);
		Runs.publish(this.kafka, run);
		Runs.publish(this.kafka,
				new TrainingRunFinished(EventMetadata.newCorrelation(), model, run.runId(), run.status(), null,
						run.artifactId(), run.artifactSha256(), run.trainer(), run.hyperparameters(), run.metrics(),
						run.championMetrics(), run.championVersion(), run.fairnessGap(), run.trainingSet(),
						run.startedAt(), run.finishedAt(), run.context(), run.policy(), run.fairness()));
		UUID failedRun = UUID.randomUUID();
		Runs.publish(this.kafka,
				new TrainingRunFinished(EventMetadata.newCorrelation(), model, failedRun, RunStatus.FAILED,
						"out of memory", null, null, null, Map.of(), Map.of(), Map.of(), null, null, null,
						run.startedAt(), run.finishedAt()));
		publish(model, 0.90, Map.of("accuracy", 0.80), 1, null);
		Runs.awaitVersion(this.api, model, 2);

		assertThat(this.api.get("/v1/models/" + model + "/versions").json().get("total").asLong()).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select failure_reason from run_outcome where run_id = ?", String.class,
				failedRun))
			.isEqualTo("out of memory");
		Api.BytesResponse bundle = this.api.download("/v1/models/" + model + "/versions/1/artifact");
		assertThat(bundle.status()).isEqualTo(200);
		assertThat(bundle.header("X-Content-SHA256")).isEqualTo(run.artifactSha256());
		assertThat(problem(this.api.delete("/v1/models/" + model, TestApiKeys.OPERATE), 409))
			.endsWith("/model-has-versions");
		assertThat(this.api.get("/actuator/prometheus", TestApiKeys.READ, "text/plain").body())
			.contains("loopline_registry_versions_total{")
			.contains("model=\"" + model + "\"");
	}

	@Test
	void rejectsAVersionWhoseArtifactWasUploadedForAnotherModel() {
		String model = Runs.unique("owner");
		String other = Runs.unique("other");
		JsonNode foreign = this.api.artifact(other, ("bundle of " + other).getBytes(StandardCharsets.UTF_8));
		Runs.publish(this.kafka, Runs.run(model, foreign, Map.of("accuracy", 0.99), Map.of(), null, null, null));
		JsonNode version = Runs.awaitVersion(this.api, model, 1);
		assertThat(version.get("status").asString()).isEqualTo("REJECTED");
		assertThat(version.get("decisionReason").asString()).contains("uploaded for model '" + other + "'");
		assertThat(Runs.awaitEvent(this.kafka, ModelRejected.class, model, (e) -> e.version() == 1).reason())
			.contains(other);
		assertThat(problem(this.api.get("/v1/models/" + model + "/aliases/champion"), 404))
			.endsWith("/alias-not-found");

		// the version's tags: key and value are each checked
		String tags = "/v1/models/" + model + "/versions/1/tags/";
		assertThat(problem(this.api.put(tags + "owner", TestApiKeys.OPERATE, "{\"value\":\"" + "v".repeat(257) + "\"}"),
				400))
			.endsWith("/invalid-tag-value");
		assertThat(problem(this.api.put(tags + "owner", TestApiKeys.OPERATE, "{\"value\":null}"), 400))
			.endsWith("/invalid-tag-value");
		assertThat(problem(this.api.put(tags + "bad:key", TestApiKeys.OPERATE, "{\"value\":\"x\"}"), 400))
			.endsWith("/invalid-tag-key");
		assertThat(this.api.put(tags + "owner", TestApiKeys.OPERATE, "{\"value\":\"" + "v".repeat(256) + "\"}")
			.json()
			.get("tags")
			.get("owner")
			.asString()).hasSize(256);
	}

	@Test
	void deadLettersRunsWhoseModelNameTheRegistryCannotStoreAtOnceAndKeepsGoing() {
		String model = Runs.unique("names");
		String tooLong = model + "-" + "n".repeat(200 - model.length() - 1);
		JsonNode artifact = this.api.artifact(model, "bundle".getBytes(StandardCharsets.UTF_8));
		TrainingRunFinished succeeded = Runs.run(tooLong, artifact, Map.of("accuracy", 0.9), Map.of(), null, null,
				null);
		TrainingRunFinished failed = new TrainingRunFinished(EventMetadata.newCorrelation(), tooLong, UUID.randomUUID(),
				RunStatus.FAILED, "out of memory", null, null, null, Map.of(), Map.of(), Map.of(), null, null, null,
				succeeded.startedAt(), succeeded.finishedAt());
		double succeededBefore = invalidRuns("succeeded");
		double failedBefore = invalidRuns("failed");
		Runs.publish(this.kafka, succeeded);
		Runs.publish(this.kafka, failed);

		for (TrainingRunFinished run : new TrainingRunFinished[] { succeeded, failed }) {
			var dead = this.kafka.awaitRecord(Topics.TRAINING_RUNS + ".dlq",
					(r) -> r.value() != null && r.value().contains(run.runId().toString()), Runs.TIMEOUT);
			assertThat(KafkaProbe.headerValue(dead, "x-original-topic")).isEqualTo(Topics.TRAINING_RUNS);
		}
		// counted once each by the time they are dead letters: no retries happened
		assertThat(invalidRuns("succeeded")).isEqualTo(succeededBefore + 1);
		assertThat(invalidRuns("failed")).isEqualTo(failedBefore + 1);
		assertThat(this.jdbc.queryForObject("select count(*) from run_outcome where run_id = ?", Long.class,
				failed.runId()))
			.isZero();

		publish(model, 0.8, Map.of(), null, null);
		assertThat(Runs.awaitVersion(this.api, model, 1).get("status").asString()).isEqualTo("CHAMPION");
	}

	private double invalidRuns(String status) {
		return this.meters.counter("loopline.registry.runs.invalid", "status", status).count();
	}

	private TrainingRunFinished publish(String model, double accuracy, Map<String, Double> champion,
			@Nullable Integer championVersion, @Nullable PromotionPolicy policy) {
		return publish(model, accuracy, champion, championVersion, policy, null);
	}

	private TrainingRunFinished publish(String model, double accuracy, Map<String, Double> champion,
			@Nullable Integer championVersion, @Nullable PromotionPolicy policy, @Nullable FairnessReport fairness) {
		JsonNode artifact = this.api.artifact(model, ("bundle " + accuracy + model).getBytes(StandardCharsets.UTF_8));
		TrainingRunFinished run = Runs.run(model, artifact, Map.of("accuracy", accuracy), champion, championVersion,
				policy, fairness);
		Runs.publish(this.kafka, run);
		return run;
	}

	private JsonNode alias(String model, String alias) {
		Api.Response response = this.api.get("/v1/models/" + model + "/aliases/" + alias);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static String problem(Api.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		return response.json().get("type").asString();
	}

}
