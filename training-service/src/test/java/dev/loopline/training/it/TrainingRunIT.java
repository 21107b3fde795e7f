package dev.loopline.training.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.loopline.contracts.RunStatus;
import dev.loopline.contracts.TrainingRunFinished;
import dev.loopline.contracts.TrainingTrigger;
import dev.loopline.features.spec.FeatureViewSpecs;
import dev.loopline.models.Task;
import dev.loopline.models.TrainingRow;
import dev.loopline.models.bundle.ModelBundle;
import dev.loopline.models.bundle.ModelBundles;
import dev.loopline.models.predict.Predictor;
import dev.loopline.models.training.ModelTrainer;
import dev.loopline.models.training.ProgressListener;
import dev.loopline.models.training.TrainedModel;
import dev.loopline.models.training.TrainingRequest;
import dev.loopline.testkit.RealInfrastructure;
import dev.loopline.testkit.TestApiKeys;
import dev.loopline.training.worker.HoldoutSplit;
import dev.loopline.training.worker.RunWorker;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run from request to {@code TrainingRunFinished}: metrics on the hold-out, fairness,
 * lineage, the bundle in the (stand-in) registry, the champion scored on the same
 * hold-out, and failures recorded with their reason and announced.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=training-service")
@RealInfrastructure
class TrainingRunIT extends TrainingItSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RunWorker worker;

	@Test
	void trainsEvaluatesUploadsAndAnnouncesARun() throws Exception {
		putSpec("fraud-full", spec(""));
		UUID runId = requestRun("fraud-full", "{\"reason\":\"first model\"}");
		TrainingRunFinished finished = awaitFinished(runId);
		assertThat(finished.status()).isEqualTo(RunStatus.SUCCEEDED);
		assertThat(finished.modelName()).isEqualTo("fraud-full");
		assertThat(finished.metrics()).containsKeys("accuracy", "macro_f1", "roc_auc", "log_loss");
		assertThat(finished.metrics().get("accuracy")).isBetween(0.5, 1.0);
		assertThat(finished.championMetrics()).isEmpty();
		assertThat(finished.championVersion()).isNull();
		assertThat(finished.trainer()).isNotBlank();
		assertThat(finished.hyperparameters()).containsEntry("epochs", 5).containsEntry("seed", 11);
		assertThat(finished.trainingSet().featureView()).isEqualTo("orders-fraud");
		assertThat(finished.trainingSet().featureViewVersion()).isEqualTo(1);
		assertThat(finished.trainingSet().rowCount()).isEqualTo(400);
		assertThat(finished.trainingSet().sequenceWatermark()).isEqualTo(FEATURE_STORE.watermark());
		assertThat(finished.trainingSet().contentHash()).startsWith("sha256:");
		assertThat(finished.trainingSet().contractVersions()).containsExactly(1, 2);
		assertThat(finished.fairness().field()).isEqualTo("country");
		assertThat(finished.fairness().byGroup()).containsOnlyKeys("DE", "FR", "IT");
		assertThat(finished.fairnessGap()).isEqualTo(finished.fairness().gap());
		assertThat(finished.context().trigger()).isEqualTo(TrainingTrigger.MANUAL);
		assertThat(finished.context().requestedBy()).isEqualTo("test-operate");
		assertThat(finished.context().specVersion()).isEqualTo(1);
		assertThat(finished.context().holdoutRows()).isEqualTo(100);
		assertThat(finished.policy().metric()).isEqualTo("accuracy");
		assertThat(finished.policy().maxDegradation()).isEqualTo(0.01);
		byte[] artifact = REGISTRY.artifact(finished.artifactId());
		assertThat(ModelBundles.sha256(artifact)).isEqualTo(finished.artifactSha256());
		assertBundleReproducesTheRun(ModelBundles.read(artifact), finished);
		assertRunLog(runId, finished);
		String metrics = get("/actuator/prometheus", TestApiKeys.READ).body();
		assertThat(metrics)
			.containsPattern("loopline_training_runs_total\\{[^}]*model=\"fraud-full\"[^}]*status=\"SUCCEEDED\"")
			.containsPattern(
					"loopline_training_run_duration_seconds_count\\{[^}]*model=\"fraud-full\"[^}]*phase=\"fit\"")
			.contains("loopline_training_queue_size{");
	}

	@Test
	void scoresTheChampionOnTheSameHoldout() {
		putSpec("fraud-champion", spec(""));
		TrainingRunFinished first = awaitFinished(requestRun("fraud-champion", "{}"));
		REGISTRY.setChampion("fraud-champion", 1, first.artifactId());
		TrainingRunFinished second = awaitFinished(requestRun("fraud-champion", "{}"));
		assertThat(second.championVersion()).isEqualTo(1);
		// same data, split and seed: the champion scores exactly what the challenger
		// scores
		assertThat(second.championMetrics()).isEqualTo(second.metrics()).isEqualTo(first.metrics());
		assertThat(run(second.runId()).get("championVersion").asInt()).isEqualTo(1);
	}

	@Test
	void failsARunWhoseLabelHasNoRows() {
		putSpec("fraud-no-label", spec("").replace("\"label\":\"fraud\"", "\"label\":\"chargeback\""));
		UUID runId = requestRun("fraud-no-label", "{}");
		TrainingRunFinished finished = awaitFinished(runId);
		assertThat(finished.status()).isEqualTo(RunStatus.FAILED);
		assertThat(finished.failureReason()).contains("no rows").contains("chargeback");
		assertThat(finished.trainingSet()).isNotNull();
		JsonNode run = awaitStatus(runId, "FAILED");
		assertThat(run.get("failureReason").asString()).isEqualTo(finished.failureReason());
		assertThat(run.get("phase").asString()).isEqualTo("FETCH");
	}

	@Test
	void failsARunWhoseRowsDifferFromTheDefinedSet() {
		putSpec("fraud-late",
				spec("").replace("\"label\":\"fraud\"", "\"label\":\"" + FakeFeatureStore.LATE_ARRIVAL + "\""));
		TrainingRunFinished finished = awaitFinished(requestRun("fraud-late", "{}"));
		assertThat(finished.status()).isEqualTo(RunStatus.FAILED);
		assertThat(finished.failureReason()).contains("sent 401 rows")
			.contains("defined with 400 rows")
			.contains("changed after the definition");
		assertThat(finished.artifactId()).isNull();
	}

	@Test
	void failsARunLeftRunningByARestart() {
		putSpec("fraud-crash", spec(""));
		UUID runId = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into run (id, model, spec_version, trigger, requested_by, correlation_id, status, queued_at,
					                 started_at, phase, progress)
					values (?, 'fraud-crash', 1, 'MANUAL', 'test', 'crash-correlation', 'RUNNING', now(), now(), 'FIT', 0.4)""")
			.param(runId)
			.update();
		this.worker.stop();
		this.worker.start();
		TrainingRunFinished finished = awaitFinished(runId);
		assertThat(finished.status()).isEqualTo(RunStatus.FAILED);
		assertThat(finished.failureReason()).contains("interrupted by a restart");
		assertThat(finished.metadata().correlationId()).isEqualTo("crash-correlation");
		assertThat(run(runId).get("status").asString()).isEqualTo("FAILED");
		// the restarted worker still trains
		assertThat(awaitFinished(requestRun("fraud-crash", "{}")).status()).isEqualTo(RunStatus.SUCCEEDED);
	}

	@Test
	void failsARunWhenTheFeatureStoreAnswers404() {
		putSpec("fraud-no-view", spec("").replace("\"name\":\"orders-fraud\"", "\"name\":\"orders-gone\""));
		TrainingRunFinished finished = awaitFinished(requestRun("fraud-no-view", "{}"));
		assertThat(finished.status()).isEqualTo(RunStatus.FAILED);
		assertThat(finished.failureReason()).contains("feature store answered 404")
			.contains("No feature view 'orders-gone' exists.");
		assertThat(finished.artifactId()).isNull();
	}

	private void assertBundleReproducesTheRun(ModelBundle bundle, TrainingRunFinished finished) throws Exception {
		assertThat(bundle.manifest().modelName()).isEqualTo("fraud-full");
		assertThat(bundle.manifest().seed()).isEqualTo(11);
		assertThat(bundle.manifest().metrics()).isEqualTo(finished.metrics());
		assertThat(bundle.manifest().lineage()).containsEntry("runId", finished.runId().toString())
			.containsKey("trainingSet");
		List<TrainingRow> rows = new ArrayList<>();
		for (Map<String, Object> row : FEATURE_STORE.rows()) {
			rows.add(JSON.convertValue(row, TrainingRow.class));
		}
		HoldoutSplit.Split split = HoldoutSplit.split(rows, 0.25, "random", 11);
		TrainedModel direct = ModelTrainer.train(
				new TrainingRequest(Task.CLASSIFICATION, "logistic-regression", Map.of("epochs", 5), 11,
						FeatureViewSpecs.fromJson(FakeFeatureStore.VIEW_SPEC), "fraud"),
				split.train(), ProgressListener.NONE);
		List<Map<String, Object>> inputs = split.holdout().stream().map(TrainingRow::values).toList();
		ModelBundle directBundle = new ModelBundle(bundle.manifest(), direct.model(), direct.pipeline(),
				direct.profile(), direct.provenanceJson());
		assertThat(new Predictor(bundle).predictAll(inputs)).isEqualTo(new Predictor(directBundle).predictAll(inputs));
	}

	private void assertRunLog(UUID runId, TrainingRunFinished finished) {
		JsonNode run = awaitStatus(runId, "SUCCEEDED");
		assertThat(run.get("trigger").asString()).isEqualTo("MANUAL");
		assertThat(run.get("reason").asString()).isEqualTo("first model");
		assertThat(run.get("progress").asDouble()).isEqualTo(1.0);
		assertThat(run.get("artifactId").asString()).isEqualTo(finished.artifactId());
		assertThat(run.get("dataSnapshot").get("contentHash").asString())
			.isEqualTo(finished.trainingSet().contentHash());
		assertThat(run.get("params").get("holdout").get("fraction").asDouble()).isEqualTo(0.25);
		assertThat(run.get("phaseDurations").propertyNames()).containsExactlyInAnyOrder("fetch", "split", "fit",
				"evaluate", "champion", "package", "upload");
		List<String> transitions = new ArrayList<>();
		run.get("transitions").forEach((transition) -> transitions.add(transition.get("status").asString()));
		assertThat(transitions).containsExactly("QUEUED", "RUNNING", "SUCCEEDED");
	}

}
