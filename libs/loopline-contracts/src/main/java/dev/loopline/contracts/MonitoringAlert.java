package dev.loopline.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * An alert raised by the monitoring service on {@link Topics#MONITORING_ALERTS} about an
 * observation window.
 */
public sealed interface MonitoringAlert extends LooplineEvent
		permits DriftDetected, PerformanceDegraded, DataQualityDegraded {

	/**
	 * Returns the id of the alert; a {@link RetrainRequested} refers to it.
	 * @return the alert id
	 */
	UUID alertId();

	/**
	 * Returns the start of the observed window (inclusive).
	 * @return the window start
	 */
	Instant windowStart();

	/**
	 * Returns the end of the observed window (exclusive).
	 * @return the window end
	 */
	Instant windowEnd();

}
