package dev.loopline.models.predict;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.loopline.features.spec.FeatureViewSpec;
import dev.loopline.features.spec.FeatureViewSpecs;
import dev.loopline.models.Synthetic;
import dev.loopline.models.Task;
import dev.loopline.models.TrainingRow;
import dev.loopline.models.bundle.BundleManifest;
import dev.loopline.models.bundle.ModelBundle;
import dev.loopline.models.bundle.ModelBundles;
import dev.loopline.models.training.ModelTrainer;
import dev.loopline.models.training.ProgressListener;
import dev.loopline.models.training.TrainedModel;
import dev.loopline.models.training.TrainingRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PredictorTest {

	@Test
	void classifiesWithProbabilitiesPerClass() {
		Predictor predictor = predictor(Task.CLASSIFICATION, "logistic-regression", Synthetic.spec());
		Prediction yes = predictor.predict(Map.of("x1", 3.0, "x2", 1.0, "country", "DE"), Map.of());
		assertThat(yes.value()).isEqualTo("yes");
		assertThat(yes.scores()).containsOnlyKeys("yes", "no");
		assertThat(yes.score()).isEqualTo(yes.scores().get("yes")).isGreaterThan(0.5);
		assertThat(yes.scores().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
		assertThat(predictor.predict(Map.of("x1", -3.0, "x2", -1.0, "country", "FR"), Map.of()).value())
			.isEqualTo("no");
	}

	@Test
	void regressesToANumberWithoutScores() {
		Prediction prediction = predictor(Task.REGRESSION, "xgboost", Synthetic.spec())
			.predict(Map.of("x1", 1.0, "x2", 0.0, "country", "IT"), Map.of());
		assertThat(prediction.value()).isInstanceOf(Double.class);
		assertThat((Double) prediction.value()).isCloseTo(3.0, within(1.0));
		assertThat(prediction.score()).isNull();
		assertThat(prediction.scores()).isEmpty();
	}

	@Test
	void flagsAnomaliesWithTheirScore() {
		Predictor predictor = predictor(Task.ANOMALY, "libsvm-one-class", Synthetic.spec());
		List<Prediction> predictions = predictor.predictAll(
				List.of(Map.of("x1", 7.0, "x2", -7.0, "country", "DE"), Map.of("x1", 0.1, "x2", 0.2, "country", "DE")));
		assertThat(predictions).extracting(Prediction::value).containsExactly("ANOMALOUS", "EXPECTED");
		assertThat(predictions.get(0).scores()).containsOnlyKeys("ANOMALOUS");
	}

	@Test
	void predictsARecordWhoseEveryFeatureIsMissing() {
		var spec = FeatureViewSpecs.fromJson("""
				{ "name": "one", "version": 1, "dataset": "points", "entityKey": "id",
				  "features": [ { "name": "x2", "source": "x2", "transforms": [ { "type": "standardize" } ] } ] }
				""");
		Predictor predictor = predictor(Task.CLASSIFICATION, "logistic-regression", spec);
		assertThat(predictor.predict(Map.of(), Map.of()).value()).isIn("yes", "no");
	}

	@Test
	void readsAggregateFeaturesFromTheAggregatesBeforeTheRecord() {
		var spec = FeatureViewSpecs.fromJson("""
				{ "name": "agg", "version": 1, "dataset": "points", "entityKey": "id", "eventTimeField": "t",
				  "features": [ { "name": "x1", "source": "x1" },
				    { "name": "x1_sum", "aggregate": { "function": "sum", "source": "x1", "window": "PT1H" } } ] }
				""");
		java.util.Random random = new java.util.Random(3);
		List<TrainingRow> rows = new java.util.ArrayList<>();
		for (int i = 0; i < 200; i++) {
			double sum = random.nextGaussian();
			rows.add(Synthetic.row("a" + i, Map.of("x1", random.nextGaussian(), "x1_sum", sum), 3 * sum));
		}
		Predictor predictor = predictor(Task.REGRESSION, "xgboost", spec, rows);
		Map<String, Object> record = Map.of("x1", 0.0, "x1_sum", -1.0);
		assertThat((Double) predictor.predict(record, Map.of()).value()).isCloseTo(-3.0, within(0.7));
		assertThat((Double) predictor.predict(record, Map.of("x1_sum", 1.0)).value()).isCloseTo(3.0, within(0.7));
		assertThat(predictor.predictAll(List.of(record))).containsExactly(predictor.predict(record, Map.of()));
		assertThat(predictor.task()).isEqualTo(Task.REGRESSION);
	}

	private static Predictor predictor(Task task, String algorithm, FeatureViewSpec spec) {
		return predictor(task, algorithm, spec, Synthetic.rows(task, 200, 1));
	}

	private static Predictor predictor(Task task, String algorithm, FeatureViewSpec spec, List<TrainingRow> rows) {
		TrainedModel trained = ModelTrainer.train(new TrainingRequest(task, algorithm, Map.of(), 1, spec, "label"),
				rows, ProgressListener.NONE);
		BundleManifest manifest = new BundleManifest(ModelBundles.FORMAT_VERSION, "m", task, "label", algorithm,
				trained.trainerName(), trained.effectiveHyperparameters(), 1, Map.of(), Map.of(), Instant.EPOCH);
		return new Predictor(new ModelBundle(manifest, trained.model(), trained.pipeline(), trained.profile(),
				trained.provenanceJson()));
	}

}
