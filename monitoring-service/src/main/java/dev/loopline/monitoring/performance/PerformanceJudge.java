package dev.loopline.monitoring.performance;

/**
 * Whether a live metric fell too far from its hold-out baseline: a higher-is-better
 * metric (accuracy) below baseline − margin, an error metric (RMSE) above baseline × (1 +
 * margin) (a relative margin, since RMSE has the label's unit). Judged only on enough
 * labels.
 */
final class PerformanceJudge {

	private PerformanceJudge() {
	}

	static double threshold(double baseline, double margin, boolean lowerIsBetter) {
		return lowerIsBetter ? baseline * (1 + margin) : baseline - margin;
	}

	static boolean degraded(double value, double baseline, double margin, boolean lowerIsBetter, int count,
			int minLabels) {
		if (count < minLabels || Double.isNaN(value)) {
			return false;
		}
		double threshold = threshold(baseline, margin, lowerIsBetter);
		return lowerIsBetter ? value > threshold : value < threshold;
	}

}
