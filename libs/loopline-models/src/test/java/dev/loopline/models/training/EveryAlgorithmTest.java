package dev.loopline.models.training;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.loopline.contracts.ModelMetrics;
import dev.loopline.models.Synthetic;
import dev.loopline.models.Task;
import dev.loopline.models.TrainingRow;
import dev.loopline.models.algorithm.Algorithms;
import dev.loopline.models.algorithm.Hyperparameter;
import dev.loopline.models.bundle.BundleManifest;
import dev.loopline.models.bundle.ModelBundle;
import dev.loopline.models.bundle.ModelBundles;
import dev.loopline.models.evaluation.Evaluation;
import dev.loopline.models.evaluation.Evaluator;
import dev.loopline.models.predict.Prediction;
import dev.loopline.models.predict.Predictor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every algorithm of every task trains on seeded synthetic data, learns the relation,
 * survives a bundle round trip with equal predictions and is reproducible from its seed.
 */
class EveryAlgorithmTest {

	private static final long SEED = 7;

	static Stream<Arguments> algorithms() {
		return Stream.of(Task.values())
			.flatMap((task) -> Algorithms.names(task).stream().map((name) -> Arguments.of(task, name)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("algorithms")
	void learnsAndRoundTripsThroughABundleWithEqualPredictions(Task task, String algorithm) {
		List<TrainingRow> train = Synthetic.rows(task, 300, 1);
		List<TrainingRow> holdout = Synthetic.rows(task, 100, 2);
		TrainedModel trained = ModelTrainer.train(request(task, algorithm, SEED), train, ProgressListener.NONE);
		Evaluation evaluation = Evaluator.evaluate(task, trained.model(), trained.pipeline(), holdout, null);
		assertLearned(task, evaluation.metrics());

		ModelBundle bundle = bundle(task, algorithm, trained, evaluation);
		byte[] bytes = ModelBundles.write(bundle);
		ModelBundle read = ModelBundles.read(bytes);
		assertThat(read.manifest().metrics()).isEqualTo(bundle.manifest().metrics());
		assertThat(read.manifest().hyperparameters()).hasToString(bundle.manifest().hyperparameters().toString());
		assertThat(read.pipeline()).isEqualTo(trained.pipeline());
		assertThat(read.profile()).isEqualTo(trained.profile());
		assertThat(read.provenanceJson()).isEqualTo(trained.provenanceJson());
		assertThat(ModelBundles.sha256(ModelBundles.write(bundle))).as("same bundle, same bytes")
			.isEqualTo(ModelBundles.sha256(bytes));

		List<Map<String, Object>> records = holdout.stream().map(TrainingRow::values).toList();
		List<Prediction> before = new Predictor(bundle).predictAll(records);
		List<Prediction> after = new Predictor(read).predictAll(records);
		assertThat(after).isEqualTo(before);
		assertThat(Evaluator.evaluate(task, read.model(), read.pipeline(), holdout, null)).isEqualTo(evaluation);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("algorithms")
	void sameSeedGivesSamePredictions(Task task, String algorithm) {
		List<TrainingRow> train = Synthetic.rows(task, 200, 3);
		List<Map<String, Object>> records = Synthetic.rows(task, 50, 4).stream().map(TrainingRow::values).toList();
		TrainedModel first = ModelTrainer.train(request(task, algorithm, SEED), train, ProgressListener.NONE);
		TrainedModel second = ModelTrainer.train(request(task, algorithm, SEED), train, ProgressListener.NONE);
		assertThat(predict(task, algorithm, second, records)).isEqualTo(predict(task, algorithm, first, records));
		assertThat(second.effectiveHyperparameters()).isEqualTo(first.effectiveHyperparameters())
			.containsEntry("seed", SEED);
	}

	static Stream<Arguments> choices() {
		return algorithms().flatMap((arguments) -> {
			Task task = (Task) arguments.get()[0];
			String algorithm = (String) arguments.get()[1];
			return Algorithms.hyperparameters(task, algorithm)
				.stream()
				.filter((parameter) -> parameter.kind() == Hyperparameter.Kind.CHOICE)
				.flatMap((parameter) -> parameter.choices()
					.stream()
					.map((choice) -> Arguments.of(task, algorithm, Map.of(parameter.name(), choice))));
		});
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("choices")
	void trainsWithEveryChoice(Task task, String algorithm, Map<String, Object> choice) {
		TrainingRequest request = new TrainingRequest(task, algorithm, choice, SEED, Synthetic.spec(), "label");
		TrainedModel trained = ModelTrainer.train(request, Synthetic.rows(task, 200, 5), ProgressListener.NONE);
		Map<String, Double> metrics = Evaluator
			.evaluate(task, trained.model(), trained.pipeline(), Synthetic.rows(task, 100, 6), null)
			.metrics();
		// weaker than assertLearned: a linear one-class boundary is a poor detector here
		switch (task) {
			case CLASSIFICATION -> assertThat(metrics.get(ModelMetrics.ACCURACY)).isGreaterThan(0.7);
			case REGRESSION -> assertThat(metrics.get(ModelMetrics.R2)).isGreaterThan(0.3);
			case ANOMALY -> assertThat(metrics.get(ModelMetrics.F1)).isGreaterThan(0.1);
		}
		assertThat(trained.provenanceJson()).contains(trained.trainerName());
	}

	private static void assertLearned(Task task, Map<String, Double> metrics) {
		switch (task) {
			case CLASSIFICATION -> assertThat(metrics.get(ModelMetrics.ACCURACY)).isGreaterThan(0.8);
			case REGRESSION -> assertThat(metrics.get(ModelMetrics.R2)).isGreaterThan(0.5);
			case ANOMALY -> assertThat(metrics.get(ModelMetrics.RECALL)).isGreaterThan(0.8);
		}
	}

	static TrainingRequest request(Task task, String algorithm, long seed) {
		return new TrainingRequest(task, algorithm, Map.of(), seed, Synthetic.spec(), "label");
	}

	private static List<Prediction> predict(Task task, String algorithm, TrainedModel trained,
			List<Map<String, Object>> records) {
		return new Predictor(bundle(task, algorithm, trained, new Evaluation(Map.of(), null))).predictAll(records);
	}

	static ModelBundle bundle(Task task, String algorithm, TrainedModel trained, Evaluation evaluation) {
		BundleManifest manifest = new BundleManifest(ModelBundles.FORMAT_VERSION, "m", task, "label", algorithm,
				trained.trainerName(), trained.effectiveHyperparameters(), SEED, evaluation.metrics(),
				Map.of("dataset", "points", "watermark", 42), Instant.parse("2026-02-03T04:05:06Z"));
		return new ModelBundle(manifest, trained.model(), trained.pipeline(), trained.profile(),
				trained.provenanceJson());
	}

}
