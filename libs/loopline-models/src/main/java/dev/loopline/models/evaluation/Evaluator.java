package dev.loopline.models.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.loopline.contracts.FairnessReport;
import dev.loopline.features.pipeline.FittedPipeline;
import dev.loopline.models.ModelExamples;
import dev.loopline.models.Task;
import dev.loopline.models.TrainingRow;
import dev.loopline.models.predict.Prediction;
import dev.loopline.models.predict.Predictions;
import org.jspecify.annotations.Nullable;
import org.tribuo.Model;

/**
 * Evaluates any model with its own fitted pipeline on raw hold-out rows, so a challenger
 * and the champion (each with its pipeline) are scored on the same rows by the same code.
 * Rows without a usable label are skipped. Classification: accuracy, macro F1, and ROC
 * AUC and log loss only when the model gives probabilities; regression: RMSE, MAE, R²;
 * anomaly: precision, recall, F1 with anomalous as the positive class.
 */
public final class Evaluator {

	private Evaluator() {
	}

	/**
	 * Lists the metrics of a task, the default promotion metric first.
	 * @param task the task
	 * @return classification: accuracy, macro_f1, roc_auc, log_loss; regression: rmse,
	 * mae, r2; anomaly: f1, precision, recall
	 */
	public static List<String> metricNames(Task task) {
		return TaskMetrics.names(task);
	}

	/**
	 * Evaluates a model.
	 * @param task the model's task
	 * @param model the model
	 * @param pipeline the model's own fitted pipeline
	 * @param holdout the hold-out rows
	 * @param fairness the fairness report to compute, or {@code null}
	 * @return the metrics (empty when no row has a usable label) and the fairness report
	 * @throws IllegalArgumentException if the fairness metric is not one of the task's
	 */
	public static Evaluation evaluate(Task task, Model<?> model, FittedPipeline pipeline, List<TrainingRow> holdout,
			@Nullable FairnessSpec fairness) {
		List<ModelExamples.Labelled> labelled = ModelExamples.labelled(task, pipeline, holdout);
		List<Prediction> predictions = Predictions.predict(task, model,
				labelled.stream().map(ModelExamples.Labelled::example).toList());
		List<Scored> scored = new ArrayList<>(labelled.size());
		for (int i = 0; i < labelled.size(); i++) {
			scored.add(new Scored(labelled.get(i).row(), predictions.get(i)));
		}
		boolean probabilities = task == Task.CLASSIFICATION && model.generatesProbabilities();
		Map<String, Double> metrics = TaskMetrics.compute(task, scored, probabilities);
		FairnessReport report = (fairness != null) ? Fairness.report(task, fairness, scored, probabilities) : null;
		return new Evaluation(metrics, report);
	}

}
