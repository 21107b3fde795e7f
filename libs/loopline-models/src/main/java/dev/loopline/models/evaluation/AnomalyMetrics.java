package dev.loopline.models.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.loopline.contracts.ModelMetrics;

/**
 * Anomaly detection metrics with anomalous as the positive class: precision, recall and
 * F1. A ratio with a zero denominator (no predicted or no actual anomalies) is 0, as
 * scikit-learn's {@code zero_division=0}; Tribuo's {@code AnomalyEvaluator} agrees
 * otherwise (a test checks).
 */
public final class AnomalyMetrics {

	private AnomalyMetrics() {
	}

	/**
	 * Computes the metrics.
	 * @param anomalous whether each row truly is anomalous
	 * @param predictedAnomalous whether each row was predicted anomalous
	 * @return metric name to value, empty for no rows
	 */
	public static Map<String, Double> compute(boolean[] anomalous, boolean[] predictedAnomalous) {
		Map<String, Double> metrics = new LinkedHashMap<>();
		if (anomalous.length == 0) {
			return metrics;
		}
		int tp = 0;
		int fp = 0;
		int fn = 0;
		for (int i = 0; i < anomalous.length; i++) {
			tp += (anomalous[i] && predictedAnomalous[i]) ? 1 : 0;
			fp += (!anomalous[i] && predictedAnomalous[i]) ? 1 : 0;
			fn += (anomalous[i] && !predictedAnomalous[i]) ? 1 : 0;
		}
		double precision = ratio(tp, tp + fp);
		double recall = ratio(tp, tp + fn);
		metrics.put(ModelMetrics.PRECISION, precision);
		metrics.put(ModelMetrics.RECALL, recall);
		metrics.put(ModelMetrics.F1, ratio(2.0 * tp, 2.0 * tp + fp + fn));
		return metrics;
	}

	private static double ratio(double numerator, double denominator) {
		return (denominator > 0) ? numerator / denominator : 0.0;
	}

}
