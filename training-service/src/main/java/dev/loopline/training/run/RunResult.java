package dev.loopline.training.run;

import java.util.Map;

import dev.loopline.contracts.FairnessReport;
import org.jspecify.annotations.Nullable;

/**
 * What a finished run stores, succeeded or failed (a failed run keeps what it got to).
 *
 * @param params effective parameters
 * @param dataSnapshot the training set, or {@code null} before it was fetched
 * @param metrics challenger metrics
 * @param championMetrics champion metrics on the same hold-out
 * @param championVersion the champion's version
 * @param fairness fairness report
 * @param phaseDurations milliseconds per phase
 * @param artifactId the bundle in the registry
 * @param artifactSha256 its SHA-256
 */
public record RunResult(Map<String, Object> params, @Nullable Map<String, Object> dataSnapshot,
		Map<String, Double> metrics, Map<String, Double> championMetrics, @Nullable Integer championVersion,
		@Nullable FairnessReport fairness, Map<String, Long> phaseDurations, @Nullable String artifactId,
		@Nullable String artifactSha256) {
}
