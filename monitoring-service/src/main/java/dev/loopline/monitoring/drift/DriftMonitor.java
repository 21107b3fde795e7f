package dev.loopline.monitoring.drift;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.loopline.contracts.DriftDetected;
import dev.loopline.contracts.FeatureDrift;
import dev.loopline.contracts.ValidatedRecord;
import dev.loopline.features.profile.FeatureStats;
import dev.loopline.monitoring.alert.AlertService;
import dev.loopline.monitoring.alert.AlertType;
import dev.loopline.monitoring.config.MonitoringProperties;
import dev.loopline.monitoring.config.MonitoringProperties.FeatureOverride;
import dev.loopline.monitoring.metrics.MonitoringGauges;
import dev.loopline.monitoring.reference.ChampionChanged;
import dev.loopline.monitoring.reference.ModelReference;
import dev.loopline.monitoring.reference.References;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Collects each champion's window of validated records of its dataset (only the reference
 * fields), and when the window is full (or old enough) judges it, sets the gauges and
 * raises a drift alert if the dataset drifted. Windows live in memory: a restart loses at
 * most one partial window. A new champion starts a new window.
 */
@Component
class DriftMonitor {

	private static final Logger log = LoggerFactory.getLogger(DriftMonitor.class);

	private final References references;

	private final MonitorSettingsStore settings;

	private final AlertService alerts;

	private final MonitoringGauges gauges;

	private final MonitoringProperties properties;

	private final Clock clock;

	private final DriftCalculator calculator = new DriftCalculator();

	private final Map<String, DriftWindow> windows = new ConcurrentHashMap<>();

	private final Map<String, WindowReport> last = new ConcurrentHashMap<>();

	DriftMonitor(References references, MonitorSettingsStore settings, AlertService alerts, MonitoringGauges gauges,
			MonitoringProperties properties, Clock clock) {
		this.references = references;
		this.settings = settings;
		this.alerts = alerts;
		this.gauges = gauges;
		this.properties = properties;
		this.clock = clock;
	}

	void observe(ValidatedRecord record) {
		for (ModelReference reference : this.references.forDataset(record.dataset())) {
			DriftWindow window = this.windows.computeIfAbsent(reference.model(), (m) -> new DriftWindow());
			DriftWindow.Taken full;
			synchronized (window) {
				window.add(row(reference, record), this.clock.instant());
				full = window.takeIfDue(windowSize(reference.model()), this.properties.windowDuration(),
						this.properties.minWindowSize(), this.clock.instant());
			}
			if (full != null) {
				judge(reference, full.rows(), full.start(), this.clock.instant());
			}
		}
	}

	Optional<WindowReport> lastReport(String model) {
		return Optional.ofNullable(this.last.get(model));
	}

	int windowSize(String model) {
		Integer own = this.settings.of(model).windowSize();
		return (own != null) ? own : this.properties.windowSize();
	}

	double driftShare(String model) {
		Double own = this.settings.of(model).driftShare();
		return (own != null) ? own : this.properties.driftShare();
	}

	Map<String, FeatureOverride> overrides(String model) {
		Map<String, FeatureOverride> merged = new HashMap<>(this.properties.features());
		merged.putAll(this.settings.of(model).features());
		return merged;
	}

	private void judge(ModelReference reference, List<Map<String, Object>> rows, Instant start, Instant end) {
		String model = reference.model();
		DriftResult result = this.calculator.compare(reference.profile(), rows, overrides(model), driftShare(model));
		this.last.put(model, new WindowReport(reference.version(), rows.size(), start, end, result));
		for (FeatureDrift feature : result.features()) {
			this.gauges.driftScore(model, feature.feature(), feature.statistic(), feature.score());
			if (feature.pValue() != null) {
				this.gauges.driftPValue(model, feature.feature(), feature.pValue());
			}
		}
		this.gauges.driftShare(model, result.share());
		if (!result.drifted()) {
			return;
		}
		String summary = "Drift on " + String.join(", ", result.driftedFeatures()) + " (share "
				+ String.format(Locale.ROOT, "%.2f", result.share()) + ")";
		log.info("{} v{}: {}", model, reference.version(), summary);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("features", result.features());
		details.put("driftShare", result.share());
		details.put("sampleCount", rows.size());
		this.alerts.raise(model, reference.version(), AlertType.DRIFT, summary, details,
				(alertId, metadata) -> new DriftDetected(metadata, model, reference.version(), alertId,
						result.features(), result.share(), rows.size(), start, end));
	}

	@EventListener
	void onChampionChanged(ChampionChanged changed) {
		this.windows.remove(changed.reference().model());
		this.last.remove(changed.reference().model());
	}

	private static Map<String, Object> row(ModelReference reference, ValidatedRecord record) {
		Map<String, Object> row = new HashMap<>();
		for (FeatureStats stats : reference.profile().features()) {
			Object value = record.fields().get(stats.name());
			if (value != null) {
				row.put(stats.name(), value);
			}
		}
		return row;
	}

	/**
	 * What the last window of a model found.
	 *
	 * @param version the champion version
	 * @param sampleCount records in the window
	 * @param windowStart when its first record arrived
	 * @param windowEnd when it closed
	 * @param result the result
	 */
	record WindowReport(int version, int sampleCount, Instant windowStart, Instant windowEnd, DriftResult result) {
	}

}
