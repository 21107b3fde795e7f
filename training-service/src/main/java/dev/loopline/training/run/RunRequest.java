package dev.loopline.training.run;

import java.util.Map;
import java.util.UUID;

import dev.loopline.contracts.TrainingTrigger;
import org.jspecify.annotations.Nullable;

/**
 * A request to train a model, whatever triggered it.
 *
 * @param model the model (its spec must exist)
 * @param trigger what asked
 * @param requestedBy who or what asked (API key name, {@code scheduler}, ...)
 * @param correlationId correlation id carried into the run's events
 * @param alertId the monitoring alert behind an {@code ALERT} trigger, or {@code null}
 * @param reason free text, or {@code null}
 * @param overrides hyperparameter overrides for this run only
 */
public record RunRequest(String model, TrainingTrigger trigger, String requestedBy, String correlationId,
		@Nullable UUID alertId, @Nullable String reason, Map<String, Object> overrides) {

	public RunRequest {
		overrides = (overrides != null) ? Map.copyOf(overrides) : Map.of();
	}

}
