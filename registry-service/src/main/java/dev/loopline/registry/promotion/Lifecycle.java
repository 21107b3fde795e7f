package dev.loopline.registry.promotion;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.ModelPromoted;
import dev.loopline.contracts.ModelRejected;
import dev.loopline.contracts.ModelRolledBack;
import dev.loopline.registry.audit.AuditLog;
import dev.loopline.registry.model.ModelRepository;
import dev.loopline.registry.version.ModelVersion;
import dev.loopline.registry.version.VersionRepository;
import dev.loopline.registry.version.VersionStatus;
import dev.loopline.registry.web.Actors;
import dev.loopline.servicekit.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every lifecycle transition of a version: the status, the alias, the audit line and the
 * event go into one transaction, the event through the outbox, so a committed transition
 * is always announced and an announced one always committed.
 */
@Service
class Lifecycle {

	static final String CHAMPION = ModelPromoted.CHAMPION;

	private static final String BINDING = "modelEvents";

	private final ModelRepository models;

	private final VersionRepository versions;

	private final AliasRepository aliases;

	private final AuditLog audit;

	private final Outbox outbox;

	private final MeterRegistry meters;

	Lifecycle(ModelRepository models, VersionRepository versions, AliasRepository aliases, AuditLog audit,
			Outbox outbox, MeterRegistry meters) {
		this.models = models;
		this.versions = versions;
		this.aliases = aliases;
		this.audit = audit;
		this.outbox = outbox;
		this.meters = meters;
	}

	@Transactional
	ModelVersion setAlias(String name, String alias, int version, String reason) {
		this.models.lock(name);
		ModelVersion target = this.versions.require(name, version);
		Integer previous = this.aliases.get(name, alias).orElse(null);
		if (previous == null || previous != version) {
			Transitions.requireServable(target, alias);
			move(target, alias, previous, Actors.current(), reason, "alias-set", Actors.correlationId());
		}
		return this.versions.require(name, version);
	}

	@Transactional
	void removeAlias(String name, String alias) {
		this.models.lock(name);
		Integer version = this.aliases.get(name, alias).orElseThrow(() -> Transitions.aliasNotFound(name, alias));
		Transitions.requireNotChampionAlias(name, alias);
		this.aliases.remove(name, alias);
		this.audit.record(name, version, "alias-removed", Actors.current(), "alias " + alias + " removed",
				Map.of("alias", alias));
	}

	@Transactional
	ModelVersion approve(String name, int version, String reason) {
		this.models.lock(name);
		ModelVersion target = this.versions.require(name, version);
		Transitions.requirePending(target);
		move(target, CHAMPION, this.aliases.get(name, CHAMPION).orElse(null), Actors.current(), reason, "approved",
				Actors.correlationId());
		return this.versions.require(name, version);
	}

	@Transactional
	ModelVersion reject(String name, int version, String reason) {
		this.models.lock(name);
		ModelVersion target = this.versions.require(name, version);
		Transitions.requireRejectable(target);
		reject(target, reason, Actors.current(), Actors.correlationId());
		return this.versions.require(name, version);
	}

	@Transactional
	ModelVersion rollback(String name, @Nullable Integer toVersion, String reason) {
		this.models.lock(name);
		int from = this.aliases.get(name, CHAMPION).orElseThrow(() -> Transitions.noChampion(name));
		int to = (toVersion != null) ? toVersion
				: this.versions.previousChampion(name).orElseThrow(() -> Transitions.noRollbackTarget(name, from));
		ModelVersion target = this.versions.require(name, to);
		Transitions.requireRollbackTarget(target, from);
		this.aliases.set(name, CHAMPION, to);
		status(name, from, VersionStatus.ROLLED_BACK, "rolled back to v" + to + ": " + reason);
		status(name, to, VersionStatus.CHAMPION, reason);
		this.audit.record(name, to, "rolled-back", Actors.current(), reason,
				Map.of("alias", CHAMPION, "fromVersion", from, "toVersion", to));
		this.outbox.add(BINDING, new ModelRolledBack(EventMetadata.create(Actors.correlationId()), name, from, to,
				CHAMPION, reason, target.artifactId(), target.artifactSha256()));
		return this.versions.require(name, to);
	}

	/**
	 * Applies the gate's decision to a just registered version (inside the registering
	 * transaction, the model row already locked).
	 */
	void decide(ModelVersion version, Decision decision, String correlationId) {
		switch (decision.outcome()) {
			case PROMOTE -> move(version, CHAMPION, this.aliases.get(version.name(), CHAMPION).orElse(null),
					Actors.POLICY, decision.reason(), "promoted", correlationId);
			case REJECT -> reject(version, decision.reason(), Actors.POLICY, correlationId);
			case PENDING_APPROVAL -> {
				status(version.name(), version.version(), VersionStatus.PENDING_APPROVAL, decision.reason());
				this.audit.record(version.name(), version.version(), "pending-approval", Actors.POLICY,
						decision.reason(), Map.of());
			}
		}
	}

	private void move(ModelVersion target, String alias, @Nullable Integer previous, String actor, String reason,
			String action, String correlationId) {
		String name = target.name();
		this.aliases.set(name, alias, target.version());
		if (CHAMPION.equals(alias)) {
			if (previous != null) {
				status(name, previous, VersionStatus.ARCHIVED, null);
			}
			status(name, target.version(), VersionStatus.CHAMPION, reason);
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("alias", alias);
		details.put("previousVersion", previous);
		this.audit.record(name, target.version(), action, actor, reason, details);
		this.outbox.add(BINDING, new ModelPromoted(EventMetadata.create(correlationId), name, target.version(),
				previous, alias, reason, target.artifactId(), target.artifactSha256()));
	}

	private void reject(ModelVersion target, String reason, String actor, String correlationId) {
		status(target.name(), target.version(), VersionStatus.REJECTED, reason);
		this.aliases.removeAll(target.name(), target.version());
		this.audit.record(target.name(), target.version(), "rejected", actor, reason, Map.of());
		this.outbox.add(BINDING,
				new ModelRejected(EventMetadata.create(correlationId), target.name(), target.version(), reason));
	}

	private void status(String name, int version, VersionStatus status, @Nullable String reason) {
		this.versions.setStatus(name, version, status, reason);
		this.meters.counter("loopline.registry.versions", "model", name, "status", status.name()).increment();
	}

}
