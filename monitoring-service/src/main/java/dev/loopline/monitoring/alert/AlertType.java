package dev.loopline.monitoring.alert;

/**
 * What an alert is about; at most one alert per model and type is not resolved.
 */
public enum AlertType {

	/** Data drift ({@code DriftDetected}). */
	DRIFT,

	/** Live performance fell ({@code PerformanceDegraded}). */
	PERFORMANCE

}
