package dev.loopline.serving.deployment;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import org.springframework.stereotype.Component;

/**
 * {@code loopline.serving.model.loaded{model,version,alias}} (1 per loaded version, rows
 * replaced on every change) and
 * {@code loopline.serving.model.load.failures{model,alias}}.
 */
@Component
class DeploymentMetrics {

	private final MeterRegistry meters;

	private final MultiGauge loaded;

	DeploymentMetrics(MeterRegistry meters) {
		this.meters = meters;
		this.loaded = MultiGauge.builder("loopline.serving.model.loaded")
			.description("1 for each model version loaded, by the alias it serves")
			.register(meters);
	}

	void refresh(Deployments deployments) {
		List<MultiGauge.Row<?>> rows = deployments.all()
			.stream()
			.flatMap((deployment) -> deployment.aliases().values().stream()).<MultiGauge
					.Row<?>>map(
							(model) -> MultiGauge.Row.of(Tags.of("model", model.name(), "version",
									Integer.toString(model.version()), "alias", model.alias()), 1))
			.toList();
		this.loaded.register(rows, true);
		// the failure counter of every served alias exists at zero, so an alert on its
		// increase fires on the first failure
		deployments.all()
			.forEach((deployment) -> deployment.aliases()
				.values()
				.forEach((model) -> loadFailures(model.name(), model.alias())));
	}

	void loadFailed(String model, String alias) {
		loadFailures(model, alias).increment();
	}

	private Counter loadFailures(String model, String alias) {
		return this.meters.counter("loopline.serving.model.load.failures", "model", model, "alias", alias);
	}

}
