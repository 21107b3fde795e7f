package dev.loopline.registry.version;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.loopline.contracts.FairnessReport;
import dev.loopline.contracts.PromotionPolicy;
import org.jspecify.annotations.Nullable;

/**
 * A model version as stored and as the API answers it.
 *
 * @param name the model name
 * @param version the version number (1, 2, ... per model)
 * @param status its lifecycle status
 * @param aliases the aliases pointing at it
 * @param artifactId id of its bundle
 * @param artifactSha256 SHA-256 of the bundle
 * @param artifactSize size of the bundle, {@code null} if not in this registry's store
 * @param runId the training run that produced it
 * @param metrics its metrics on the hold-out set
 * @param championMetrics the champion's metrics on the same hold-out set
 * @param championVersionCompared the champion it was compared with
 * @param fairness the fairness report, if any
 * @param fairnessGap the fairness gap the gate used, if any
 * @param policy the promotion policy applied
 * @param decisionReason why it has its status
 * @param description free text
 * @param tags key/value tags
 * @param lineage run, training set, contracts and trigger (see the lineage endpoint)
 * @param promotedAt when it last became champion
 * @param createdAt when it was registered
 * @param updatedAt when it last changed
 */
public record ModelVersion(String name, int version, VersionStatus status, List<String> aliases, String artifactId,
		String artifactSha256, @Nullable Long artifactSize, UUID runId, Map<String, Double> metrics,
		Map<String, Double> championMetrics, @Nullable Integer championVersionCompared,
		@Nullable FairnessReport fairness, @Nullable Double fairnessGap, PromotionPolicy policy,
		@Nullable String decisionReason, @Nullable String description, Map<String, String> tags,
		@JsonIgnore Map<String, Object> lineage, @Nullable Instant promotedAt, Instant createdAt, Instant updatedAt) {

}
