package dev.loopline.monitoring.drift;

import java.util.Map;

import dev.loopline.monitoring.config.MonitoringProperties.FeatureOverride;
import org.jspecify.annotations.Nullable;

/**
 * A monitor's own settings, set over REST; anything absent falls back to the service's
 * configuration.
 *
 * @param features per-feature statistic and threshold
 * @param driftShare share of drifted features from which the dataset drifts
 * @param windowSize records per window
 */
public record MonitorSettings(@Nullable Map<String, FeatureOverride> features, @Nullable Double driftShare,
		@Nullable Integer windowSize) {

	public MonitorSettings {
		features = (features != null) ? Map.copyOf(features) : Map.of();
	}

	/** No settings of its own. */
	public static MonitorSettings none() {
		return new MonitorSettings(Map.of(), null, null);
	}

}
