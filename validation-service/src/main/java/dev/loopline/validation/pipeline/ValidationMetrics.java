package dev.loopline.validation.pipeline;

import java.time.Duration;

import dev.loopline.contracts.Violation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * The service's metrics (names fixed for the dashboards, tags bounded to dataset and
 * rule): {@code loopline.validation.records{dataset,outcome}},
 * {@code loopline.validation.violations{dataset,rule}},
 * {@code loopline.validation.latency} and
 * {@code loopline.validation.quality.alerts{dataset,rule}}.
 */
@Component
public class ValidationMetrics {

	private final MeterRegistry registry;

	private final Timer latency;

	ValidationMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.latency = Timer.builder("loopline.validation.latency")
			.description("Time to check one record against its contract")
			.register(registry);
	}

	public void record(String dataset, boolean valid, Duration took) {
		Counter.builder("loopline.validation.records")
			.description("Records checked, by outcome")
			.tag("dataset", dataset)
			.tag("outcome", valid ? "valid" : "quarantined")
			.register(this.registry)
			.increment();
		this.latency.record(took);
	}

	public void violation(String dataset, Violation violation) {
		Counter.builder("loopline.validation.violations")
			.description("Broken rules")
			.tag("dataset", dataset)
			.tag("rule", violation.rule())
			.register(this.registry)
			.increment();
	}

	public void alert(String dataset, String rule) {
		Counter.builder("loopline.validation.quality.alerts")
			.description("DataQualityDegraded alerts raised")
			.tag("dataset", dataset)
			.tag("rule", rule)
			.register(this.registry)
			.increment();
	}

}
