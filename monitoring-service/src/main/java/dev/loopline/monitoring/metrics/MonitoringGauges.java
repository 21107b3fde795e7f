package dev.loopline.monitoring.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;

import org.springframework.stereotype.Component;

/**
 * The monitoring gauges, per model and feature: {@code loopline.monitoring.drift.score},
 * {@code .drift.pvalue}, {@code .drift.share}, {@code .accuracy} (the live metric) and
 * {@code .alerts.open}. Tags stay bounded: features are those of champions' references,
 * and a model's drift and accuracy gauges are removed when its champion changes.
 */
@Component
public class MonitoringGauges {

	private final MeterRegistry registry;

	private final Map<Meter.Id, AtomicReference<Double>> values = new ConcurrentHashMap<>();

	MonitoringGauges(MeterRegistry registry) {
		this.registry = registry;
	}

	public void driftScore(String model, String feature, String statistic, double score) {
		set("loopline.monitoring.drift.score", Tags.of("model", model, "feature", feature, "statistic", statistic),
				score, "Drift score of a feature's last window (p-value tests: the statistic)");
	}

	public void driftPValue(String model, String feature, double pValue) {
		set("loopline.monitoring.drift.pvalue", Tags.of("model", model, "feature", feature), pValue,
				"p-value of a feature's last drift test");
	}

	public void driftShare(String model, double share) {
		set("loopline.monitoring.drift.share", Tags.of("model", model), share,
				"Share of drifted features in the last window");
	}

	public void liveMetric(String model, int version, double value) {
		set("loopline.monitoring.accuracy", Tags.of("model", model, "version", Integer.toString(version)), value,
				"Live metric over the labelled window (accuracy, or RMSE for regression)");
	}

	public void openAlerts(String model, String type, long count) {
		set("loopline.monitoring.alerts.open", Tags.of("model", model, "type", type), count, "Alerts not yet resolved");
	}

	/** Removes a model's drift and live-metric gauges (its champion changed). */
	public void forgetModel(String model) {
		List<Meter.Id> gone = this.values.keySet()
			.stream()
			.filter((id) -> !id.getName().endsWith("alerts.open") && model.equals(id.getTag("model")))
			.toList();
		gone.forEach((id) -> {
			this.values.remove(id);
			this.registry.remove(id);
		});
	}

	private void set(String name, Iterable<Tag> tags, double value, String description) {
		Meter.Id id = new Meter.Id(name, Tags.of(tags), null, description, Meter.Type.GAUGE);
		this.values.computeIfAbsent(id, (key) -> {
			AtomicReference<Double> holder = new AtomicReference<>(Double.NaN);
			Gauge.builder(name, holder, AtomicReference::get)
				.tags(tags)
				.description(description)
				.register(this.registry);
			return holder;
		}).set(value);
	}

}
