/**
 * Alerts: DriftDetected and PerformanceDegraded raised through the outbox with their
 * stored lifecycle (open, acknowledged, resolved) over REST, and the retraining an alert
 * requests, deduplicated and cooled down.
 */
@NullMarked
package dev.loopline.monitoring.alert;

import org.jspecify.annotations.NullMarked;
