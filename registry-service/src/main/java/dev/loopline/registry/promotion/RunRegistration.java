package dev.loopline.registry.promotion;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.ModelVersionRegistered;
import dev.loopline.contracts.PromotionPolicy;
import dev.loopline.contracts.RunStatus;
import dev.loopline.contracts.TrainingRunFinished;
import dev.loopline.registry.artifact.ArtifactInfo;
import dev.loopline.registry.artifact.ArtifactStore;
import dev.loopline.registry.audit.AuditLog;
import dev.loopline.registry.lineage.RunLineage;
import dev.loopline.registry.model.ModelRepository;
import dev.loopline.registry.version.NewVersions;
import dev.loopline.registry.version.ModelVersion;
import dev.loopline.registry.web.Actors;
import dev.loopline.servicekit.idempotency.ProcessedEvents;
import dev.loopline.servicekit.outbox.Outbox;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a finished training run into a version, in one transaction: the model if new, the
 * version, the gate's decision, the audit lines and the events (through the outbox).
 * Idempotent on the event id and on the run id. Runs arrive checked by {@link RunCheck}.
 */
@Service
class RunRegistration {

	private static final Logger log = LoggerFactory.getLogger(RunRegistration.class);

	private static final String CONSUMER = "registry";

	private final ProcessedEvents processed;

	private final ModelRepository models;

	private final NewVersions newVersions;

	private final AliasRepository aliases;

	private final ArtifactStore artifacts;

	private final RunOutcomes outcomes;

	private final AuditLog audit;

	private final Outbox outbox;

	private final Lifecycle lifecycle;

	RunRegistration(ProcessedEvents processed, ModelRepository models, NewVersions newVersions, AliasRepository aliases,
			ArtifactStore artifacts, RunOutcomes outcomes, AuditLog audit, Outbox outbox, Lifecycle lifecycle) {
		this.processed = processed;
		this.models = models;
		this.newVersions = newVersions;
		this.aliases = aliases;
		this.artifacts = artifacts;
		this.outcomes = outcomes;
		this.audit = audit;
		this.outbox = outbox;
		this.lifecycle = lifecycle;
	}

	@Transactional
	void register(TrainingRunFinished run) {
		if (!this.processed.firstDelivery(CONSUMER, run.metadata().eventId())) {
			return;
		}
		if (run.status() == RunStatus.FAILED) {
			this.outcomes.recordFailure(run);
			return;
		}
		String name = run.modelName();
		this.models.create(name, null, Map.of());
		this.models.lock(name);
		if (this.newVersions.runRegistered(run.runId())) {
			log.info("Run {} of model {} is already registered; ignoring the new event", run.runId(), name);
			return;
		}
		registerVersion(name, run);
	}

	private void registerVersion(String name, TrainingRunFinished run) {
		PromotionPolicy policy = (run.policy() != null) ? run.policy()
				: PromotionGate.defaultPolicy((run.context() != null) ? run.context().task() : null, run.metrics());
		Optional<ArtifactInfo> artifact = artifact(run.artifactId());
		Double gap = (run.fairness() != null) ? Double.valueOf(run.fairness().gap()) : run.fairnessGap();
		ModelVersion version = this.newVersions.register(run, artifact.map(ArtifactInfo::size).orElse(null), policy,
				gap, RunLineage.of(run));
		String correlationId = run.metadata().correlationId();
		this.audit.record(name, version.version(), "registered", Actors.POLICY, "run " + run.runId() + " finished",
				Map.of("runId", run.runId().toString(), "policy", policy));
		this.outbox.add("modelEvents", new ModelVersionRegistered(EventMetadata.create(correlationId), name,
				version.version(), run.runId(), run.artifactId(), run.artifactSha256()));
		String artifactProblem = artifactProblem(run, artifact.orElse(null));
		Decision decision = (artifactProblem != null) ? Decision.reject(artifactProblem)
				: PromotionGate.decide(new GateInput(policy, run.metrics(), run.championMetrics(),
						run.championVersion(), this.aliases.get(name, Lifecycle.CHAMPION).orElse(null), gap));
		this.lifecycle.decide(version, decision, correlationId);
	}

	private Optional<ArtifactInfo> artifact(@Nullable String id) {
		try {
			return (id != null) ? this.artifacts.info(UUID.fromString(id)) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A version whose bundle is missing, differs from its hash or was uploaded for
	 * another model can never be served as this model.
	 */
	private static @Nullable String artifactProblem(TrainingRunFinished run, @Nullable ArtifactInfo artifact) {
		if (artifact == null) {
			return "artifact " + run.artifactId() + " is not in the registry's artifact store";
		}
		if (artifact.modelName() != null && !artifact.modelName().equals(run.modelName())) {
			return "artifact " + run.artifactId() + " was uploaded for model '" + artifact.modelName() + "', not '"
					+ run.modelName() + "'";
		}
		if (!artifact.sha256().equalsIgnoreCase(run.artifactSha256())) {
			return "artifact " + run.artifactId() + " has SHA-256 " + artifact.sha256() + ", the run reported "
					+ run.artifactSha256();
		}
		return null;
	}

}
