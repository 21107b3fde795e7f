package dev.loopline.monitoring.alert;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An alert as stored and shown over REST.
 *
 * @param id the alert id (the events' {@code alertId})
 * @param model the model
 * @param version the champion version it concerns
 * @param type drift or performance
 * @param status open, acknowledged or resolved
 * @param correlationId the correlation id of its events and of the retraining it requests
 * @param summary one line saying what was found
 * @param details the last finding (drifted features, metric values)
 * @param occurrences how many windows found it while it was not resolved
 * @param openedAt when it opened
 * @param updatedAt when it last changed
 * @param acknowledgedBy who acknowledged it
 * @param acknowledgedAt when
 * @param acknowledgeReason why
 * @param resolvedBy who resolved it ({@code monitoring} when a new champion did)
 * @param resolvedAt when
 * @param resolveReason why
 * @param retrainRequestedAt when it requested a retraining, if it did
 */
public record Alert(UUID id, String model, int version, AlertType type, AlertStatus status, String correlationId,
		String summary, Map<String, Object> details, int occurrences, Instant openedAt, Instant updatedAt,
		@Nullable String acknowledgedBy, @Nullable Instant acknowledgedAt, @Nullable String acknowledgeReason,
		@Nullable String resolvedBy, @Nullable Instant resolvedAt, @Nullable String resolveReason,
		@Nullable Instant retrainRequestedAt) {
}
