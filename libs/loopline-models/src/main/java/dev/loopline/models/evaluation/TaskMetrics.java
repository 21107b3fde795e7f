package dev.loopline.models.evaluation;

import java.util.List;
import java.util.Map;

import dev.loopline.contracts.ModelMetrics;
import dev.loopline.features.Values;
import dev.loopline.models.Outputs;
import dev.loopline.models.Task;

/**
 * Computes a task's metrics over scored rows, reading the truth from the rows' labels the
 * same way training does ({@link Outputs}).
 */
final class TaskMetrics {

	private TaskMetrics() {
	}

	static List<String> names(Task task) {
		return switch (task) {
			case CLASSIFICATION ->
				List.of(ModelMetrics.ACCURACY, ModelMetrics.MACRO_F1, ModelMetrics.ROC_AUC, ModelMetrics.LOG_LOSS);
			case REGRESSION -> List.of(ModelMetrics.RMSE, ModelMetrics.MAE, ModelMetrics.R2);
			case ANOMALY -> List.of(ModelMetrics.F1, ModelMetrics.PRECISION, ModelMetrics.RECALL);
		};
	}

	static Map<String, Double> compute(Task task, List<Scored> scored, boolean probabilities) {
		return switch (task) {
			case CLASSIFICATION ->
				ClassificationMetrics.compute(scored.stream().map((s) -> String.valueOf(s.row().label())).toList(),
						scored.stream().map((s) -> (String) s.prediction().value()).toList(),
						probabilities ? scored.stream().map((s) -> s.prediction().scores()).toList() : null);
			case REGRESSION -> RegressionMetrics.compute(
					scored.stream().mapToDouble((s) -> Values.toDouble(s.row().label())).toArray(),
					scored.stream().mapToDouble((s) -> (Double) s.prediction().value()).toArray());
			case ANOMALY -> anomaly(scored);
		};
	}

	private static Map<String, Double> anomaly(List<Scored> scored) {
		boolean[] truth = new boolean[scored.size()];
		boolean[] predicted = new boolean[scored.size()];
		for (int i = 0; i < scored.size(); i++) {
			truth[i] = Outputs.isAnomalous(scored.get(i).row().label());
			predicted[i] = "ANOMALOUS".equals(scored.get(i).prediction().value());
		}
		return AnomalyMetrics.compute(truth, predicted);
	}

}
