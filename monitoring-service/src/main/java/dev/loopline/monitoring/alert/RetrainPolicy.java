package dev.loopline.monitoring.alert;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Whether an alert requests a retraining: only with auto-retrain on, once per alert (a
 * lasting drift keeps its alert, so it asks once), and not within the cooldown of the
 * model's last request (an alert of another type, or a new alert right after a resolve,
 * does not start a second training of the same model).
 *
 * @param enabled auto-retrain on
 * @param cooldown least time between two requests of a model
 */
record RetrainPolicy(boolean enabled, Duration cooldown) {

	boolean due(boolean alertAlreadyRequested, @Nullable Instant lastRequestOfModel, Instant now) {
		if (!this.enabled || alertAlreadyRequested) {
			return false;
		}
		return lastRequestOfModel == null || !now.isBefore(lastRequestOfModel.plus(this.cooldown));
	}

}
