package dev.loopline.contracts;

import java.util.Set;

/**
 * Names of the evaluation metrics in {@link TrainingRunFinished#metrics()} and of the
 * metric a {@link PromotionPolicy} compares.
 */
public final class ModelMetrics {

	/** Classification: share of correct predictions. */
	public static final String ACCURACY = "accuracy";

	/** Classification: unweighted mean of the per-class F1 scores. */
	public static final String MACRO_F1 = "macro_f1";

	/**
	 * Classification: area under the ROC curve (binary; macro one-vs-rest for more
	 * classes), only for models that give probabilities.
	 */
	public static final String ROC_AUC = "roc_auc";

	/** Classification: mean negative log-likelihood of the true class. */
	public static final String LOG_LOSS = "log_loss";

	/** Regression: root mean squared error. */
	public static final String RMSE = "rmse";

	/** Regression: mean absolute error. */
	public static final String MAE = "mae";

	/** Regression: coefficient of determination. */
	public static final String R2 = "r2";

	/** Anomaly detection: precision on the anomalous class. */
	public static final String PRECISION = "precision";

	/** Anomaly detection: recall on the anomalous class. */
	public static final String RECALL = "recall";

	/** Anomaly detection: F1 on the anomalous class. */
	public static final String F1 = "f1";

	private static final Set<String> LOWER_IS_BETTER = Set.of(LOG_LOSS, RMSE, MAE);

	private ModelMetrics() {
	}

	/**
	 * Tells whether a smaller value of the metric is better (errors and losses).
	 * @param metric the metric name
	 * @return {@code true} for {@link #LOG_LOSS}, {@link #RMSE} and {@link #MAE}
	 */
	public static boolean lowerIsBetter(String metric) {
		return LOWER_IS_BETTER.contains(metric);
	}

}
