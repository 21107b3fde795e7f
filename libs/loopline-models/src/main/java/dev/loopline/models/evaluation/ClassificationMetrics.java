package dev.loopline.models.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.loopline.contracts.ModelMetrics;
import org.jspecify.annotations.Nullable;
import org.tribuo.classification.evaluation.LabelEvaluationUtil;

/**
 * Classification metrics over true and predicted class labels. Accuracy and macro F1 are
 * computed over the classes seen in either the truth or the predictions, so a class that
 * only the hold-out has (unknown to the model) counts as wrong rather than failing, as in
 * scikit-learn. With probabilities: ROC AUC is the mean over the model's classes of the
 * one-vs-rest AUC (Tribuo's {@link LabelEvaluationUtil#binaryAUCROC}, ties counted half),
 * skipping classes without both positives and negatives in the hold-out (for two classes
 * this is the plain binary AUC); log loss is the mean of {@code -ln p(true class)} with
 * {@code p} clipped to {@code [1e-15, 1 - 1e-15]}.
 */
public final class ClassificationMetrics {

	static final double EPSILON = 1e-15;

	private ClassificationMetrics() {
	}

	/**
	 * Computes the metrics.
	 * @param truth the true class of each row
	 * @param predicted the predicted class of each row
	 * @param probabilities per row, class to probability; {@code null} when the model
	 * gives no probabilities (then ROC AUC and log loss are left out)
	 * @return metric name to value, empty for no rows
	 */
	public static Map<String, Double> compute(List<String> truth, List<String> predicted,
			@Nullable List<Map<String, Double>> probabilities) {
		Map<String, Double> metrics = new LinkedHashMap<>();
		if (truth.isEmpty()) {
			return metrics;
		}
		int correct = 0;
		for (int i = 0; i < truth.size(); i++) {
			correct += truth.get(i).equals(predicted.get(i)) ? 1 : 0;
		}
		metrics.put(ModelMetrics.ACCURACY, correct / (double) truth.size());
		metrics.put(ModelMetrics.MACRO_F1, macroF1(truth, predicted));
		if (probabilities != null) {
			Double auc = rocAuc(truth, probabilities);
			if (auc != null) {
				metrics.put(ModelMetrics.ROC_AUC, auc);
			}
			metrics.put(ModelMetrics.LOG_LOSS, logLoss(truth, probabilities));
		}
		return metrics;
	}

	static double macroF1(List<String> truth, List<String> predicted) {
		Set<String> classes = new TreeSet<>(truth);
		classes.addAll(predicted);
		double sum = 0;
		for (String label : classes) {
			int tp = 0;
			int fp = 0;
			int fn = 0;
			for (int i = 0; i < truth.size(); i++) {
				boolean isTrue = truth.get(i).equals(label);
				boolean isPredicted = predicted.get(i).equals(label);
				tp += (isTrue && isPredicted) ? 1 : 0;
				fp += (!isTrue && isPredicted) ? 1 : 0;
				fn += (isTrue && !isPredicted) ? 1 : 0;
			}
			sum += 2.0 * tp / (2.0 * tp + fp + fn);
		}
		return sum / classes.size();
	}

	static @Nullable Double rocAuc(List<String> truth, List<Map<String, Double>> probabilities) {
		Set<String> classes = new TreeSet<>();
		probabilities.forEach((row) -> classes.addAll(row.keySet()));
		double sum = 0;
		int counted = 0;
		for (String label : classes) {
			boolean[] positive = new boolean[truth.size()];
			double[] scores = new double[truth.size()];
			int positives = 0;
			for (int i = 0; i < truth.size(); i++) {
				positive[i] = truth.get(i).equals(label);
				positives += positive[i] ? 1 : 0;
				scores[i] = probabilities.get(i).getOrDefault(label, 0.0);
			}
			if (positives > 0 && positives < truth.size()) {
				sum += LabelEvaluationUtil.binaryAUCROC(positive, scores);
				counted++;
			}
		}
		return (counted > 0) ? sum / counted : null;
	}

	static double logLoss(List<String> truth, List<Map<String, Double>> probabilities) {
		double sum = 0;
		for (int i = 0; i < truth.size(); i++) {
			double p = probabilities.get(i).getOrDefault(truth.get(i), 0.0);
			sum -= Math.log(Math.min(1 - EPSILON, Math.max(EPSILON, p)));
		}
		return sum / truth.size();
	}

}
