package dev.loopline.monitoring.alert;

import java.util.Map;

import dev.loopline.servicekit.problem.ConflictException;

/**
 * The allowed lifecycle moves: OPEN → ACKNOWLEDGED, OPEN or ACKNOWLEDGED → RESOLVED.
 * Anything else is a 409 problem ({@code alert-not-open} or {@code alert-resolved}).
 */
final class AlertTransitions {

	private AlertTransitions() {
	}

	static void check(Alert alert, AlertStatus target) {
		if (alert.status() == AlertStatus.RESOLVED) {
			throw new ConflictException("alert-resolved", "Alert resolved",
					"Alert " + alert.id() + " is already resolved.", Map.of("alertId", alert.id().toString()));
		}
		if (target == AlertStatus.ACKNOWLEDGED && alert.status() != AlertStatus.OPEN) {
			throw new ConflictException("alert-not-open", "Alert not open",
					"Alert " + alert.id() + " is " + alert.status() + ", only an open alert can be acknowledged.",
					Map.of("alertId", alert.id().toString()));
		}
	}

}
