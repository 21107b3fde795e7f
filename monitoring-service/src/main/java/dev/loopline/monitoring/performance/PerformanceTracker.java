package dev.loopline.monitoring.performance;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.loopline.contracts.LabelObserved;
import dev.loopline.contracts.PerformanceDegraded;
import dev.loopline.models.Task;
import dev.loopline.monitoring.alert.AlertService;
import dev.loopline.monitoring.alert.AlertType;
import dev.loopline.monitoring.config.MonitoringProperties;
import dev.loopline.monitoring.metrics.MonitoringGauges;
import dev.loopline.monitoring.reference.ChampionChanged;
import dev.loopline.monitoring.reference.ModelReference;
import dev.loopline.monitoring.reference.References;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Joins labels to the champion's predictions and watches the live metric: the windowed
 * accuracy (RMSE) against the hold-out baseline, and ADWIN on the error stream. Either
 * finding raises a PerformanceDegraded alert (at most once per {@code min-labels} labels,
 * the alert being updated while open). Predictions of other versions are ignored.
 */
@Component
class PerformanceTracker {

	private static final Set<String> ANOMALOUS = Set.of("true", "1", "anomalous", "yes");

	private final PendingPredictions pending;

	private final References references;

	private final AlertService alerts;

	private final MonitoringGauges gauges;

	private final MonitoringProperties properties;

	private final Clock clock;

	private final Map<String, LiveWindow> windows = new ConcurrentHashMap<>();

	PerformanceTracker(PendingPredictions pending, References references, AlertService alerts, MonitoringGauges gauges,
			MonitoringProperties properties, Clock clock) {
		this.pending = pending;
		this.references = references;
		this.alerts = alerts;
		this.gauges = gauges;
		this.properties = properties;
		this.clock = clock;
	}

	void onLabel(LabelObserved label) {
		this.pending.take(label.requestId(), label.dataset(), label.entityId()).ifPresent((prediction) -> {
			ModelReference reference = this.references.of(prediction.model()).orElse(null);
			if (reference == null || reference.version() != prediction.version()) {
				return;
			}
			Double error = error(reference.task(), prediction, label.label());
			if (error != null) {
				record(reference, error);
			}
		});
	}

	private void record(ModelReference reference, double error) {
		LiveWindow window = this.windows.computeIfAbsent(reference.model(), (m) -> new LiveWindow(reference.task(),
				this.properties.performanceWindow(), this.properties.adwinDelta()));
		Finding finding;
		synchronized (window) {
			boolean adwin = window.add(error, this.clock.instant());
			this.gauges.liveMetric(reference.model(), reference.version(), window.metric());
			finding = judge(reference, window, adwin);
		}
		if (finding != null) {
			raise(reference, finding);
		}
	}

	private @Nullable Finding judge(ModelReference reference, LiveWindow window, boolean adwin) {
		Double baseline = reference.metrics().get(window.metricName());
		double margin = this.properties.performanceMargin();
		boolean below = baseline != null && PerformanceJudge.degraded(window.metric(), baseline, margin,
				window.lowerIsBetter(), window.count(), this.properties.minLabels());
		boolean due = window.sinceJudged() >= this.properties.minLabels();
		if (!(adwin || (below && due))) {
			return null;
		}
		window.judged();
		// no baseline of this metric (an anomaly model reports f1): ADWIN alone judges, 0
		// stands in
		double base = (baseline != null) ? baseline : 0;
		return new Finding(window.metricName(), window.metric(), base,
				PerformanceJudge.threshold(base, margin, window.lowerIsBetter()), window.count(), window.start(),
				window.end(), below ? "below its baseline" : "ADWIN found a rise of the error rate");
	}

	private void raise(ModelReference reference, Finding finding) {
		String summary = String.format(Locale.ROOT, "Live %s %.4f (baseline %.4f, threshold %.4f): %s",
				finding.metric(), finding.value(), finding.baseline(), finding.threshold(), finding.why());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("metric", finding.metric());
		details.put("value", finding.value());
		details.put("baseline", finding.baseline());
		details.put("threshold", finding.threshold());
		details.put("sampleCount", finding.count());
		details.put("detector", finding.why());
		this.alerts.raise(reference.model(), reference.version(), AlertType.PERFORMANCE, summary, details,
				(alertId, metadata) -> new PerformanceDegraded(metadata, reference.model(), reference.version(),
						alertId, finding.metric(), finding.value(), finding.baseline(), finding.threshold(),
						finding.count(), finding.start(), finding.end()));
	}

	static @Nullable Double error(Task task, PendingPredictions.Pending prediction, String label) {
		if (task == Task.REGRESSION) {
			try {
				return (prediction.value() != null) ? prediction.value() - Double.parseDouble(label.trim()) : null;
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		String truth = (task == Task.ANOMALY)
				? (ANOMALOUS.contains(label.trim().toLowerCase(Locale.ROOT)) ? "ANOMALOUS" : "EXPECTED") : label;
		return (prediction.label() == null) ? null : (truth.equals(prediction.label()) ? 0.0 : 1.0);
	}

	Optional<Map<String, Object>> status(String model) {
		LiveWindow window = this.windows.get(model);
		if (window == null) {
			return Optional.empty();
		}
		synchronized (window) {
			return Optional.of(Map.of("metric", window.metricName(), "value", window.metric(), "labelled",
					window.count(), "windowStart", window.start(), "windowEnd", window.end()));
		}
	}

	@EventListener
	void onChampionChanged(ChampionChanged changed) {
		this.windows.remove(changed.reference().model());
		this.gauges.forgetModel(changed.reference().model());
	}

	private record Finding(String metric, double value, double baseline, double threshold, int count, Instant start,
			Instant end, String why) {
	}

}
