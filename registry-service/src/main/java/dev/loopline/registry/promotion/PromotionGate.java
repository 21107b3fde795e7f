package dev.loopline.registry.promotion;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dev.loopline.contracts.ModelMetrics;
import dev.loopline.contracts.PromotionPolicy;
import org.jspecify.annotations.Nullable;

/**
 * The champion-versus-challenger gate (TFX's "blessing"): absolute checks first (metric
 * present, minimum, fairness gap), then the comparison with the champion on the same
 * hold-out set, then manual approval. A champion that changed while the run was training
 * is never compared on stale numbers: the version waits for a person instead.
 */
final class PromotionGate {

	private PromotionGate() {
	}

	static Decision decide(GateInput input) {
		PromotionPolicy policy = input.policy();
		String metric = policy.metric();
		Double value = input.metrics().get(metric);
		if (value == null) {
			return Decision
				.reject("metric " + metric + " is missing from the run's metrics " + input.metrics().keySet());
		}
		boolean lower = ModelMetrics.lowerIsBetter(metric);
		if (policy.minimum() != null && (lower ? value > policy.minimum() : value < policy.minimum())) {
			return Decision.reject(metric + " " + num(value)
					+ (lower ? " is above the maximum " : " is below the minimum ") + num(policy.minimum()));
		}
		Decision fairness = fairness(policy, input.fairnessGap());
		if (fairness != null) {
			return fairness;
		}
		if (!Objects.equals(input.runChampion(), input.currentChampion())) {
			return Decision.pending("the champion changed during the run (compared with " + version(input.runChampion())
					+ ", now " + version(input.currentChampion()) + "); the numbers are stale, a person must decide");
		}
		String passed = metric + " " + num(value);
		if (input.currentChampion() != null) {
			Double champion = input.championMetrics().get(metric);
			if (champion == null) {
				return Decision.pending("champion v" + input.currentChampion() + " was not scored on " + metric
						+ " on the same hold-out set; a person must decide");
			}
			double degradation = lower ? value - champion : champion - value;
			String comparison = metric + " " + num(value) + " vs champion v" + input.currentChampion() + " "
					+ num(champion) + " on the same hold-out set (max degradation " + num(policy.maxDegradation())
					+ ")";
			if (degradation > policy.maxDegradation() + 1e-12) {
				return Decision.reject(comparison + ": worse by " + num(degradation));
			}
			passed = comparison;
		}
		if (policy.manualApproval()) {
			return Decision.pending(passed + "; passed the policy, waiting for manual approval");
		}
		return Decision.promote((input.currentChampion() != null) ? passed
				: "first champion: " + passed + " passed the absolute checks");
	}

	/**
	 * The policy of a run that declares none: not worse than the champion on the task's
	 * first metric.
	 */
	static PromotionPolicy defaultPolicy(@Nullable String task, Map<String, Double> metrics) {
		String metric = switch ((task != null) ? task : "") {
			case "classification" -> ModelMetrics.ACCURACY;
			case "regression" -> ModelMetrics.RMSE;
			case "anomaly" -> ModelMetrics.F1;
			default -> guess(metrics);
		};
		return PromotionPolicy.notWorseThanChampion(metric);
	}

	private static String guess(Map<String, Double> metrics) {
		for (String metric : new String[] { ModelMetrics.ACCURACY, ModelMetrics.RMSE, ModelMetrics.F1 }) {
			if (metrics.containsKey(metric)) {
				return metric;
			}
		}
		return metrics.keySet().stream().sorted().findFirst().orElse(ModelMetrics.ACCURACY);
	}

	private static @Nullable Decision fairness(PromotionPolicy policy, @Nullable Double gap) {
		if (policy.maxFairnessGap() == null) {
			return null;
		}
		if (gap == null) {
			return Decision.reject("the policy bounds the fairness gap at " + num(policy.maxFairnessGap())
					+ " but the run has no fairness report");
		}
		if (gap > policy.maxFairnessGap()) {
			return Decision
				.reject("fairness gap " + num(gap) + " is above the maximum " + num(policy.maxFairnessGap()));
		}
		return null;
	}

	private static String version(@Nullable Integer version) {
		return (version != null) ? "v" + version : "no champion";
	}

	static String num(double value) {
		return String.format(Locale.ROOT, "%.4f", value);
	}

}
