package dev.loopline.registry.promotion;

import java.util.Map;

import dev.loopline.contracts.ModelPromoted;
import dev.loopline.registry.version.ModelVersion;
import dev.loopline.registry.version.VersionStatus;
import dev.loopline.servicekit.problem.ConflictException;
import dev.loopline.servicekit.problem.NotFoundException;

/**
 * The lifecycle moves that are illegal, each a 409 problem with its own type.
 */
final class Transitions {

	private Transitions() {
	}

	/** A rejected version never serves traffic: not as champion, not as canary. */
	static void requireServable(ModelVersion version, String alias) {
		boolean serving = ModelPromoted.CHAMPION.equals(alias) || ModelPromoted.CANARY.equals(alias);
		if (serving && version.status() == VersionStatus.REJECTED) {
			throw conflict("version-rejected", "Version rejected", version,
					"v" + version.version() + " of '" + version.name() + "' was rejected (" + version.decisionReason()
							+ ") and cannot become " + alias + ".");
		}
	}

	static void requirePending(ModelVersion version) {
		if (version.status() != VersionStatus.PENDING_APPROVAL) {
			throw conflict("version-not-pending", "Version not pending approval", version, "v" + version.version()
					+ " of '" + version.name() + "' is " + version.status() + ", not PENDING_APPROVAL.");
		}
	}

	static void requireRejectable(ModelVersion version) {
		if (version.status() == VersionStatus.CHAMPION) {
			throw conflict("version-is-champion", "Version is champion", version, "v" + version.version() + " of '"
					+ version.name() + "' is the champion: roll back or promote another version first.");
		}
		if (version.status() == VersionStatus.REJECTED) {
			throw conflict("version-rejected", "Version rejected", version,
					"v" + version.version() + " of '" + version.name() + "' is already rejected.");
		}
	}

	static void requireRollbackTarget(ModelVersion target, int from) {
		if (target.version() == from) {
			throw conflict("version-is-champion", "Version is champion", target,
					"v" + from + " of '" + target.name() + "' is already the champion.");
		}
		requireServable(target, ModelPromoted.CHAMPION);
	}

	static void requireNotChampionAlias(String name, String alias) {
		if (ModelPromoted.CHAMPION.equals(alias)) {
			throw new ConflictException("champion-alias-required", "Champion alias required",
					"The champion alias of '" + name + "' cannot be removed: roll back or promote another version.",
					Map.of("modelId", name));
		}
	}

	static ConflictException noChampion(String name) {
		return new ConflictException("no-champion", "No champion", "Model '" + name + "' has no champion to roll back.",
				Map.of("modelId", name));
	}

	static ConflictException noRollbackTarget(String name, int from) {
		return new ConflictException("no-rollback-target", "No rollback target",
				"Model '" + name + "' had no champion before v" + from + "; name toVersion.", Map.of("modelId", name));
	}

	static NotFoundException aliasNotFound(String name, String alias) {
		return new NotFoundException("alias", alias, "Model '" + name + "' has no alias '" + alias + "'.");
	}

	private static ConflictException conflict(String slug, String title, ModelVersion version, String detail) {
		return new ConflictException(slug, title, detail,
				Map.of("modelId", version.name(), "version", version.version(), "status", version.status().name()));
	}

}
