package dev.loopline.training.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.loopline.contracts.RunStatus;
import dev.loopline.contracts.TrainingRunFinished;
import dev.loopline.features.spec.FeatureViewSpecs;
import dev.loopline.models.Task;
import dev.loopline.models.TrainingRow;
import dev.loopline.models.bundle.ModelBundle;
import dev.loopline.models.bundle.ModelBundles;
import dev.loopline.models.evaluation.Evaluator;
import dev.loopline.models.predict.Predictor;
import dev.loopline.models.training.ModelTrainer;
import dev.loopline.models.training.ProgressListener;
import dev.loopline.models.training.TrainedModel;
import dev.loopline.models.training.TrainingRequest;
import dev.loopline.testkit.RealInfrastructure;
import dev.loopline.training.worker.HoldoutSplit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every algorithm of every task through the service: the run succeeds with the task's
 * metrics, and the bundle it uploaded, read back from the registry's bytes, predicts
 * exactly what the same trainer gives on the same split and seed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=training-service")
@RealInfrastructure
class EveryAlgorithmIT extends TrainingItSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', textBlock = """
			classification | logistic-regression | fraud     | {}
			classification | linear-sgd          | fraud     | {}
			classification | cart                | fraud     | {}
			classification | random-forest       | fraud     | {"numTrees": 10}
			classification | xgboost             | fraud     | {"numTrees": 10}
			regression     | linear-sgd          | spend     | {}
			regression     | cart                | spend     | {}
			regression     | random-forest       | spend     | {"numTrees": 10}
			regression     | xgboost             | spend     | {"numTrees": 10}
			anomaly        | libsvm-one-class    | anomalous | {}""")
	void trainsSerializesAndReloadsWithEqualPredictions(String task, String algorithm, String label,
			String hyperparameters) throws Exception {
		String model = "every-" + task + "-" + algorithm;
		putSpec(model, """
				{"task":"%s","dataset":"orders","featureView":{"name":"orders-fraud","version":1},
				 "label":"%s","algorithm":"%s","hyperparameters":%s,"holdout":{"fraction":0.25,"seed":11}}"""
			.formatted(task, label, algorithm, hyperparameters));
		TrainingRunFinished finished = awaitFinished(requestRun(model, "{}"));
		assertThat(finished.status()).as(finished.failureReason()).isEqualTo(RunStatus.SUCCEEDED);
		assertThat(finished.metrics()).containsKey(Evaluator.metricNames(Task.of(task)).get(0));

		ModelBundle bundle = ModelBundles.read(REGISTRY.artifact(finished.artifactId()));
		assertThat(bundle.manifest().algorithm()).isEqualTo(algorithm);
		List<TrainingRow> rows = new ArrayList<>();
		for (Map<String, Object> row : FEATURE_STORE.labelled(label)) {
			rows.add(JSON.convertValue(row, TrainingRow.class));
		}
		HoldoutSplit.Split split = HoldoutSplit.split(rows, 0.25, "random", 11);
		TrainedModel direct = ModelTrainer.train(
				new TrainingRequest(Task.of(task), algorithm, JSON.readValue(hyperparameters, MAP), 11,
						FeatureViewSpecs.fromJson(FakeFeatureStore.VIEW_SPEC), label),
				split.train(), ProgressListener.NONE);
		List<Map<String, Object>> inputs = split.holdout().stream().map(TrainingRow::values).toList();
		ModelBundle directBundle = new ModelBundle(bundle.manifest(), direct.model(), direct.pipeline(),
				direct.profile(), direct.provenanceJson());
		assertThat(new Predictor(bundle).predictAll(inputs)).isEqualTo(new Predictor(directBundle).predictAll(inputs));
	}

}
