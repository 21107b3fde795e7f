package dev.loopline.registry.promotion;

import java.util.Map;

import dev.loopline.contracts.PromotionPolicy;
import org.jspecify.annotations.Nullable;

/**
 * Everything the promotion gate looks at.
 *
 * @param policy the policy the version was trained under
 * @param metrics the version's metrics on the hold-out set
 * @param championMetrics the champion's metrics on the same hold-out set (empty without)
 * @param runChampion the champion the run compared with, or {@code null}
 * @param currentChampion the champion now, or {@code null}
 * @param fairnessGap the version's fairness gap, or {@code null} without a fairness
 * report
 */
record GateInput(PromotionPolicy policy, Map<String, Double> metrics, Map<String, Double> championMetrics,
		@Nullable Integer runChampion, @Nullable Integer currentChampion, @Nullable Double fairnessGap) {

}
