package dev.loopline.training.spec;

import java.util.List;

import dev.loopline.contracts.ModelMetrics;
import org.jspecify.annotations.Nullable;

/**
 * The metrics the evaluator reports per task, in the order the registry's default policy
 * reads (its first metric).
 */
public final class TaskMetrics {

	private static final List<String> CLASSIFICATION = List.of(ModelMetrics.ACCURACY, ModelMetrics.MACRO_F1,
			ModelMetrics.ROC_AUC, ModelMetrics.LOG_LOSS);

	private static final List<String> REGRESSION = List.of(ModelMetrics.RMSE, ModelMetrics.MAE, ModelMetrics.R2);

	private static final List<String> ANOMALY = List.of(ModelMetrics.F1, ModelMetrics.PRECISION, ModelMetrics.RECALL);

	private TaskMetrics() {
	}

	/**
	 * Returns the metrics of a task.
	 * @param task the task id ({@code classification}, ...)
	 * @return its metrics, empty for an unknown task
	 */
	public static List<String> of(@Nullable String task) {
		if (task == null) {
			return List.of();
		}
		return switch (task) {
			case "classification" -> CLASSIFICATION;
			case "regression" -> REGRESSION;
			case "anomaly" -> ANOMALY;
			default -> List.of();
		};
	}

}
