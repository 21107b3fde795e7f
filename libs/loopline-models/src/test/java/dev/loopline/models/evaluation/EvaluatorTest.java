package dev.loopline.models.evaluation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.loopline.contracts.FairnessReport;
import dev.loopline.models.ModelExamples;
import dev.loopline.models.Synthetic;
import dev.loopline.models.Task;
import dev.loopline.models.TrainingRow;
import dev.loopline.models.training.ModelTrainer;
import dev.loopline.models.training.ProgressListener;
import dev.loopline.models.training.TrainedModel;
import dev.loopline.models.training.TrainingRequest;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.anomaly.AnomalyFactory;
import org.tribuo.anomaly.Event;
import org.tribuo.anomaly.evaluation.AnomalyEvaluation;
import org.tribuo.anomaly.evaluation.AnomalyEvaluator;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.evaluation.RegressionEvaluation;
import org.tribuo.regression.evaluation.RegressionEvaluator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class EvaluatorTest {

	private static TrainedModel train(Task task, String algorithm, Map<String, Object> hyperparameters) {
		TrainingRequest request = new TrainingRequest(task, algorithm, hyperparameters, 7, Synthetic.spec(), "label");
		return ModelTrainer.train(request, Synthetic.rows(task, 300, 1), ProgressListener.NONE);
	}

	@Test
	void agreesWithTribuosClassificationEvaluator() {
		TrainedModel trained = train(Task.CLASSIFICATION, "logistic-regression", Map.of());
		List<TrainingRow> holdout = Synthetic.rows(Task.CLASSIFICATION, 100, 2);
		Map<String, Double> metrics = Evaluator
			.evaluate(Task.CLASSIFICATION, trained.model(), trained.pipeline(), holdout, null)
			.metrics();
		@SuppressWarnings("unchecked")
		Model<Label> model = (Model<Label>) trained.model();
		LabelEvaluation tribuo = new LabelEvaluator().evaluate(model, dataset(trained, holdout, new LabelFactory()));
		assertThat(metrics.get("accuracy")).isCloseTo(tribuo.accuracy(), within(1e-12));
		assertThat(metrics.get("macro_f1")).isCloseTo(tribuo.macroAveragedF1(), within(1e-12));
		assertThat(metrics.get("roc_auc")).isCloseTo(tribuo.AUCROC(new Label("yes")), within(1e-12));
		assertThat(metrics.get("log_loss")).isPositive();
	}

	@Test
	void agreesWithTribuosRegressionEvaluator() {
		TrainedModel trained = train(Task.REGRESSION, "cart", Map.of());
		List<TrainingRow> holdout = Synthetic.rows(Task.REGRESSION, 100, 2);
		Map<String, Double> metrics = Evaluator
			.evaluate(Task.REGRESSION, trained.model(), trained.pipeline(), holdout, null)
			.metrics();
		@SuppressWarnings("unchecked")
		Model<Regressor> model = (Model<Regressor>) trained.model();
		RegressionEvaluation tribuo = new RegressionEvaluator().evaluate(model,
				dataset(trained, holdout, new RegressionFactory()));
		assertThat(metrics.get("rmse")).isCloseTo(tribuo.averageRMSE(), within(1e-9));
		assertThat(metrics.get("mae")).isCloseTo(tribuo.averageMAE(), within(1e-9));
		assertThat(metrics.get("r2")).isCloseTo(tribuo.averageR2(), within(1e-9));
	}

	@Test
	void agreesWithTribuosAnomalyEvaluator() {
		TrainedModel trained = train(Task.ANOMALY, "libsvm-one-class", Map.of());
		List<TrainingRow> holdout = Synthetic.rows(Task.ANOMALY, 100, 2);
		Map<String, Double> metrics = Evaluator
			.evaluate(Task.ANOMALY, trained.model(), trained.pipeline(), holdout, null)
			.metrics();
		@SuppressWarnings("unchecked")
		Model<Event> model = (Model<Event>) trained.model();
		AnomalyEvaluation tribuo = new AnomalyEvaluator().evaluate(model,
				dataset(trained, holdout, new AnomalyFactory()));
		assertThat(metrics.get("precision")).isCloseTo(tribuo.getPrecision(), within(1e-12));
		assertThat(metrics.get("recall")).isCloseTo(tribuo.getRecall(), within(1e-12));
		assertThat(metrics.get("f1")).isCloseTo(tribuo.getF1(), within(1e-12));
	}

	@Test
	void leavesOutProbabilityMetricsForModelsWithoutProbabilities() {
		for (String algorithm : List.of("cart", "linear-sgd")) {
			TrainedModel trained = train(Task.CLASSIFICATION, algorithm, Map.of());
			assertThat(trained.model().generatesProbabilities()).isFalse();
			assertThat(Evaluator
				.evaluate(Task.CLASSIFICATION, trained.model(), trained.pipeline(),
						Synthetic.rows(Task.CLASSIFICATION, 50, 2), null)
				.metrics()).containsOnlyKeys("accuracy", "macro_f1");
		}
	}

	@Test
	void countsAHoldOutClassUnknownToTheModelAsWrongAndSkipsUnlabelledRows() {
		TrainedModel trained = train(Task.CLASSIFICATION, "logistic-regression", Map.of());
		List<TrainingRow> holdout = new ArrayList<>(Synthetic.rows(Task.CLASSIFICATION, 40, 2));
		Map<String, Double> known = Evaluator
			.evaluate(Task.CLASSIFICATION, trained.model(), trained.pipeline(), holdout, null)
			.metrics();
		holdout.add(Synthetic.row("new", Map.of("x1", 0.5, "x2", 0.1, "country", "DE"), "maybe"));
		holdout.add(Synthetic.row("unlabelled", Map.of("x1", 0.5, "x2", 0.1, "country", "DE"), null));
		Map<String, Double> metrics = Evaluator
			.evaluate(Task.CLASSIFICATION, trained.model(), trained.pipeline(), holdout, null)
			.metrics();
		assertThat(metrics.get("accuracy")).isCloseTo(known.get("accuracy") * 40 / 41, within(1e-12));
		assertThat(metrics.get("macro_f1")).isLessThan(known.get("macro_f1"));
		assertThat(metrics.get("log_loss")).isGreaterThan(known.get("log_loss"));
		assertThat(metrics).containsKey("roc_auc");
	}

	@Test
	void reportsTheMetricPerGroupAndTheGap() {
		TrainedModel trained = train(Task.REGRESSION, "linear-sgd", Map.of());
		List<TrainingRow> holdout = new ArrayList<>(Synthetic.rows(Task.REGRESSION, 60, 2));
		holdout.add(Synthetic.row("nocountry", Map.of("x1", 0.5, "x2", 0.1), 1.3));
		Evaluation evaluation = Evaluator.evaluate(Task.REGRESSION, trained.model(), trained.pipeline(), holdout,
				new FairnessSpec("country", "mae"));
		FairnessReport report = evaluation.fairness();
		assertThat(report.field()).isEqualTo("country");
		assertThat(report.byGroup()).containsOnlyKeys("DE", "FR", "IT", "__missing__");
		for (String country : List.of("DE", "FR", "IT")) {
			List<TrainingRow> group = holdout.stream()
				.filter((row) -> country.equals(row.values().get("country")))
				.toList();
			assertThat(report.byGroup().get(country))
				.isCloseTo(Evaluator.evaluate(Task.REGRESSION, trained.model(), trained.pipeline(), group, null)
					.metrics()
					.get("mae"), within(1e-12));
		}
		double max = report.byGroup().values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
		double min = report.byGroup().values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
		assertThat(report.gap()).isCloseTo(max - min, within(1e-12)).isPositive();
	}

	@Test
	void listsEachTasksMetricsWithTheDefaultPromotionMetricFirst() {
		assertThat(Evaluator.metricNames(Task.CLASSIFICATION)).containsExactly("accuracy", "macro_f1", "roc_auc",
				"log_loss");
		assertThat(Evaluator.metricNames(Task.REGRESSION)).startsWith("rmse");
		assertThat(Evaluator.metricNames(Task.ANOMALY)).containsExactly("f1", "precision", "recall");
	}

	@Test
	void rejectsAFairnessMetricOfAnotherTask() {
		TrainedModel trained = train(Task.REGRESSION, "cart", Map.of());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Evaluator.evaluate(Task.REGRESSION, trained.model(), trained.pipeline(),
					Synthetic.rows(Task.REGRESSION, 10, 2), new FairnessSpec("country", "accuracy")))
			.withMessage("Unknown fairness metric 'accuracy' for task regression (known: [rmse, mae, r2])");
	}

	@Test
	void evaluatesAChampionWithItsOwnPipeline() {
		TrainedModel champion = train(Task.CLASSIFICATION, "random-forest", Map.of("numTrees", 10));
		TrainingRequest other = new TrainingRequest(Task.CLASSIFICATION, "logistic-regression", Map.of(), 7,
				Synthetic.spec(), "label");
		TrainedModel challenger = ModelTrainer.train(other, Synthetic.rows(Task.CLASSIFICATION, 300, 9),
				ProgressListener.NONE);
		assertThat(challenger.pipeline()).isNotEqualTo(champion.pipeline());
		List<TrainingRow> holdout = Synthetic.rows(Task.CLASSIFICATION, 80, 2);
		assertThat(
				Evaluator.evaluate(Task.CLASSIFICATION, champion.model(), champion.pipeline(), holdout, null).metrics())
			.containsKeys("accuracy", "roc_auc");
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static MutableDataset dataset(TrainedModel trained, List<TrainingRow> rows,
			org.tribuo.OutputFactory factory) {
		Task task = (factory instanceof LabelFactory) ? Task.CLASSIFICATION
				: (factory instanceof RegressionFactory) ? Task.REGRESSION : Task.ANOMALY;
		MutableDataset dataset = new MutableDataset(
				new SimpleDataSourceProvenance("holdout", OffsetDateTime.now(), factory), factory);
		ModelExamples.labelled(task, trained.pipeline(), rows).forEach((labelled) -> dataset.add(labelled.example()));
		return dataset;
	}

}
