package dev.loopline.models.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.loopline.features.profile.FeatureStats;
import dev.loopline.features.tribuo.TribuoExamples;
import dev.loopline.models.Synthetic;
import dev.loopline.models.Task;
import dev.loopline.models.TrainingRow;
import dev.loopline.models.algorithm.InvalidHyperparametersException;
import dev.loopline.models.predict.Prediction;
import dev.loopline.models.predict.Predictions;
import org.junit.jupiter.api.Test;
import org.tribuo.Example;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ModelTrainerTest {

	@Test
	void profilesTheRawSourceFieldsAndReportsProgress() {
		List<String> phases = new ArrayList<>();
		TrainedModel trained = ModelTrainer.train(request(Task.CLASSIFICATION, "cart", Map.of("maxDepth", 3)),
				Synthetic.rows(Task.CLASSIFICATION, 120, 1), (phase, fraction) -> phases.add(phase + "@" + fraction));
		assertThat(trained.profile().features()).extracting(FeatureStats::name).containsExactly("x1", "x2", "country");
		assertThat(trained.profile().rowCount()).isEqualTo(120);
		assertThat(phases).containsExactly("pipeline@0.1", "examples@0.2", "train@0.3", "profile@0.9", "done@1.0");
		assertThat(trained.effectiveHyperparameters()).containsEntry("maxDepth", 3)
			.containsEntry("impurity", "gini")
			.containsEntry("seed", 7L);
		assertThat(trained.trainerName()).isEqualTo("org.tribuo.classification.dtree.CARTClassificationTrainer");
		assertThat(trained.provenanceJson()).contains("CARTClassificationTrainer");
	}

	@Test
	void skipsRowsWithoutALabel() {
		List<TrainingRow> rows = new ArrayList<>(Synthetic.rows(Task.REGRESSION, 50, 1));
		rows.add(Synthetic.row("nolabel", Map.of("x1", 1e9, "x2", 0, "country", "DE"), null));
		rows.add(Synthetic.row("text", Map.of("x1", 1e9, "x2", 0, "country", "DE"), "n/a"));
		TrainedModel trained = ModelTrainer.train(request(Task.REGRESSION, "cart", Map.of()), rows,
				ProgressListener.NONE);
		assertThat(trained.profile().rowCount()).isEqualTo(50);
		assertThat(((FeatureStats.Numeric) trained.profile().feature("x1").orElseThrow()).max()).isLessThan(1e6);
	}

	@Test
	void trainsAOneClassModelOnTheRowsNotLabelledAnomalous() {
		List<TrainingRow> rows = Synthetic.rows(Task.ANOMALY, 100, 1);
		TrainedModel trained = ModelTrainer.train(request(Task.ANOMALY, "libsvm-one-class", Map.of()), rows,
				ProgressListener.NONE);
		assertThat(trained.profile().rowCount()).isEqualTo(90);
	}

	@Test
	void rejectsInvalidHyperparametersBeforeTraining() {
		assertThatExceptionOfType(InvalidHyperparametersException.class)
			.isThrownBy(() -> ModelTrainer.train(request(Task.CLASSIFICATION, "cart", Map.of("maxDepth", 0)),
					Synthetic.rows(Task.CLASSIFICATION, 10, 1), ProgressListener.NONE))
			.satisfies((ex) -> assertThat(ex.getErrors())
				.containsExactly("hyperparameter 'maxDepth': must be in [1, 1000], was 0"));
	}

	@Test
	void rejectsATrainingSetWithoutLabels() {
		List<TrainingRow> rows = List.of(Synthetic.row("a", Map.of("x1", 1), null));
		assertThatIllegalArgumentException().isThrownBy(
				() -> ModelTrainer.train(request(Task.CLASSIFICATION, "cart", Map.of()), rows, ProgressListener.NONE))
			.withMessage("No training rows with a usable label (1 rows given, label field 'label')");
	}

	@Test
	void passesTheSeedToTheTrainer() {
		List<TrainingRow> rows = Synthetic.rows(Task.CLASSIFICATION, 150, 1);
		List<Map<String, Object>> records = Synthetic.rows(Task.CLASSIFICATION, 30, 2)
			.stream()
			.map(TrainingRow::values)
			.toList();
		Map<String, Object> small = Map.of("numTrees", 5);
		TrainedModel seven = ModelTrainer.train(request(Task.CLASSIFICATION, "random-forest", small), rows,
				ProgressListener.NONE);
		TrainedModel eight = ModelTrainer.train(
				new TrainingRequest(Task.CLASSIFICATION, "random-forest", small, 8, Synthetic.spec(), "label"), rows,
				ProgressListener.NONE);
		assertThat(seven.provenanceJson()).contains("\"seed\" : \"7\"");
		assertThat(scores(seven, records)).isNotEqualTo(scores(eight, records));
	}

	private static List<Map<String, Double>> scores(TrainedModel trained, List<Map<String, Object>> records) {
		List<Example<Label>> examples = records.stream()
			.map((record) -> TribuoExamples.forPrediction(trained.pipeline().vectorize(record), new LabelFactory()))
			.toList();
		return Predictions.predict(Task.CLASSIFICATION, trained.model(), examples)
			.stream()
			.map(Prediction::scores)
			.toList();
	}

	@Test
	void rejectsAClassificationTrainingSetWithASingleClass() {
		List<TrainingRow> rows = List.of(Synthetic.row("a", Map.of("x1", 1), "yes"),
				Synthetic.row("b", Map.of("x1", 2), "yes"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ModelTrainer.train(request(Task.CLASSIFICATION, "xgboost", Map.of()), rows,
					ProgressListener.NONE))
			.withMessage("Classification needs at least two classes in the training rows, found only [yes]");
	}

	private static TrainingRequest request(Task task, String algorithm, Map<String, Object> hyperparameters) {
		return new TrainingRequest(task, algorithm, hyperparameters, 7, Synthetic.spec(), "label");
	}

}
