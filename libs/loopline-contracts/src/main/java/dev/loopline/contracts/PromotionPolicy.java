package dev.loopline.contracts;

/**
 * The rules a new model version must pass before it becomes champion, declared with the
 * model and carried by each {@link TrainingRunFinished}, so the registry judges a version
 * by the policy it was trained under.
 *
 * @param metric the metric compared (see {@link ModelMetrics}), on the hold-out set
 * @param maxDegradation how much worse than the champion on the same hold-out the version
 * may be (absolute, in the metric's unit; {@code 0} = at least as good)
 * @param minimum the worst acceptable value of the metric ({@code null} = none); for a
 * metric where lower is better it is the largest acceptable value
 * @param maxFairnessGap the largest acceptable gap of the fairness metric between groups
 * of the sensitive field ({@code null} = not checked)
 * @param manualApproval whether a version that passes waits for a person's approval
 * instead of becoming champion at once
 */
public record PromotionPolicy(String metric, double maxDegradation, Double minimum, Double maxFairnessGap,
		boolean manualApproval) {

	public PromotionPolicy {
		Checks.text(metric, "metric");
		if (!(maxDegradation >= 0) || Double.isInfinite(maxDegradation)) {
			throw new IllegalArgumentException("maxDegradation must be a finite number >= 0, was " + maxDegradation);
		}
		if (minimum != null && !Double.isFinite(minimum)) {
			throw new IllegalArgumentException("minimum must be finite, was " + minimum);
		}
		if (maxFairnessGap != null && !(maxFairnessGap >= 0 && Double.isFinite(maxFairnessGap))) {
			throw new IllegalArgumentException("maxFairnessGap must be a finite number >= 0, was " + maxFairnessGap);
		}
	}

	/**
	 * The policy of a model that declares none: promote when at least as good as the
	 * champion on the metric.
	 * @param metric the metric compared
	 * @return a policy without margin, minimum, fairness bound or approval
	 */
	public static PromotionPolicy notWorseThanChampion(String metric) {
		return new PromotionPolicy(metric, 0, null, null, false);
	}

}
