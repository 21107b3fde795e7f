package dev.loopline.registry.version;

import java.util.Map;
import java.util.UUID;

import dev.loopline.contracts.PromotionPolicy;
import dev.loopline.contracts.TrainingRunFinished;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Numbers and stores the version of a finished run (status {@code REGISTERED} until the
 * gate decides, in the same transaction).
 */
@Component
public class NewVersions {

	private final VersionRepository versions;

	NewVersions(VersionRepository versions) {
		this.versions = versions;
	}

	public boolean runRegistered(UUID runId) {
		return this.versions.runRegistered(runId);
	}

	public ModelVersion register(TrainingRunFinished run, @Nullable Long artifactSize, PromotionPolicy policy,
			@Nullable Double fairnessGap, Map<String, Object> lineage) {
		int version = this.versions.insert(new NewVersion(run.modelName(), run.runId(), run.artifactId(),
				run.artifactSha256(), artifactSize, run.metrics(), run.championMetrics(), run.championVersion(),
				run.fairness(), fairnessGap, policy, lineage));
		return this.versions.require(run.modelName(), version);
	}

}
