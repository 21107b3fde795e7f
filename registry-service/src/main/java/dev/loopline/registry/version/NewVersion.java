package dev.loopline.registry.version;

import java.util.Map;
import java.util.UUID;

import dev.loopline.contracts.FairnessReport;
import dev.loopline.contracts.PromotionPolicy;
import org.jspecify.annotations.Nullable;

/**
 * What a finished run registers, before the registry numbers it.
 *
 * @param name the model name
 * @param runId the run
 * @param artifactId the bundle's id
 * @param artifactSha256 the bundle's SHA-256
 * @param artifactSize the bundle's size if this registry stores it
 * @param metrics the version's metrics
 * @param championMetrics the champion's metrics on the same hold-out
 * @param championVersionCompared the champion the run compared with
 * @param fairness the fairness report
 * @param fairnessGap the fairness gap
 * @param policy the policy applied
 * @param lineage run, training set, contracts and trigger
 */
record NewVersion(String name, UUID runId, String artifactId, String artifactSha256, @Nullable Long artifactSize,
		Map<String, Double> metrics, Map<String, Double> championMetrics, @Nullable Integer championVersionCompared,
		@Nullable FairnessReport fairness, @Nullable Double fairnessGap, PromotionPolicy policy,
		Map<String, Object> lineage) {

}
