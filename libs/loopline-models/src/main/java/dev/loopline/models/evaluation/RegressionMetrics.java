package dev.loopline.models.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.loopline.contracts.ModelMetrics;

/**
 * Regression metrics: RMSE, MAE and R² = 1 - SS_res / SS_tot. With a constant truth
 * (SS_tot = 0) R² is 1 for a perfect fit and 0 otherwise, as scikit-learn reports it. The
 * definitions match Tribuo's {@code RegressionEvaluator} (a test checks both agree).
 */
public final class RegressionMetrics {

	private RegressionMetrics() {
	}

	/**
	 * Computes the metrics.
	 * @param truth the true values
	 * @param predicted the predicted values, aligned with {@code truth}
	 * @return metric name to value, empty for no rows
	 */
	public static Map<String, Double> compute(double[] truth, double[] predicted) {
		Map<String, Double> metrics = new LinkedHashMap<>();
		int n = truth.length;
		if (n == 0) {
			return metrics;
		}
		double mean = 0;
		for (double value : truth) {
			mean += value / n;
		}
		double squared = 0;
		double absolute = 0;
		double total = 0;
		for (int i = 0; i < n; i++) {
			double error = truth[i] - predicted[i];
			squared += error * error;
			absolute += Math.abs(error);
			total += (truth[i] - mean) * (truth[i] - mean);
		}
		metrics.put(ModelMetrics.RMSE, Math.sqrt(squared / n));
		metrics.put(ModelMetrics.MAE, absolute / n);
		metrics.put(ModelMetrics.R2, (total > 0) ? 1 - squared / total : ((squared == 0) ? 1.0 : 0.0));
		return metrics;
	}

}
