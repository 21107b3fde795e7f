package dev.loopline.serving.predict;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

import dev.loopline.contracts.ServingVariant;
import dev.loopline.models.predict.Prediction;
import dev.loopline.servicekit.http.RemoteServiceException;
import dev.loopline.servicekit.problem.NotFoundException;
import dev.loopline.servicekit.problem.ServiceUnavailableException;
import dev.loopline.serving.config.ServingProperties;
import dev.loopline.serving.deployment.Deployments;
import dev.loopline.serving.deployment.LoadedModel;
import dev.loopline.serving.deployment.ModelDeployment;
import dev.loopline.serving.traffic.TrafficSplits;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Answers a prediction request: reads the model's deployment once (so a concurrent swap
 * cannot mix versions), routes to the canary or the champion by the request's key, gets
 * entity features from the feature store when asked, predicts, logs and measures; then
 * hands a copy to the shadow version, if one is deployed, on the bounded shadow executor,
 * without waiting for it.
 */
@Service
public class PredictionService {

	private static final Logger log = LoggerFactory.getLogger(PredictionService.class);

	private final Deployments deployments;

	private final TrafficSplits traffic;

	private final FeatureStoreClient features;

	private final PredictionLogger logger;

	private final ServingMetrics metrics;

	private final ServingProperties properties;

	private final ExecutorService shadowExecutor;

	PredictionService(Deployments deployments, TrafficSplits traffic, FeatureStoreClient features,
			PredictionLogger logger, ServingMetrics metrics, ServingProperties properties,
			@Qualifier("shadowExecutor") ExecutorService shadowExecutor) {
		this.deployments = deployments;
		this.traffic = traffic;
		this.features = features;
		this.logger = logger;
		this.metrics = metrics;
		this.properties = properties;
		this.shadowExecutor = shadowExecutor;
	}

	/**
	 * Predicts with the model's champion, or its canary for the keys in the canary share.
	 */
	public PredictionAnswer predict(String name, PredictionRequest request) {
		ModelDeployment deployment = deployment(name);
		LoadedModel champion = deployment.champion();
		if (champion == null) {
			throw unavailable(name);
		}
		LoadedModel canary = deployment.canary();
		boolean toCanary = canary != null
				&& CanaryRouter.toCanary(request.routingKey(), this.traffic.canaryPercent(name));
		String requestId = UUID.randomUUID().toString();
		PredictionAnswer answer = toCanary ? run(canary, ServingVariant.CANARY, request, requestId)
				: run(champion, ServingVariant.CHAMPION, request, requestId);
		mirror(deployment.shadow(), request, requestId);
		return answer;
	}

	/**
	 * Predicts with one deployed version, whatever alias it serves (versioned URLs).
	 */
	public PredictionAnswer predict(String name, int version, PredictionRequest request) {
		LoadedModel model = deployment(name).version(version)
			.orElseThrow(() -> new NotFoundException("model-version", name + " v" + version,
					"Version " + version + " of model '" + name + "' is not deployed here."));
		ServingVariant variant = ServingVariant.valueOf(model.alias().toUpperCase(Locale.ROOT));
		return run(model, variant, request, UUID.randomUUID().toString());
	}

	/**
	 * The model's deployment.
	 * @throws NotFoundException for a model that has never been deployed here
	 */
	public ModelDeployment deployment(String name) {
		ModelDeployment deployment = this.deployments.get(name).orElse(null);
		if (deployment != null) {
			return deployment;
		}
		if (this.deployments.known(name) || !this.deployments.bootstrapped()) {
			throw unavailable(name);
		}
		this.metrics.request("unknown", ServingMetrics.NONE, ServingMetrics.NONE, "not_found");
		throw new NotFoundException("model", name, "No model '" + name + "' is deployed here.");
	}

	private ServiceUnavailableException unavailable(String name) {
		this.metrics.request(this.deployments.known(name) ? name : "unknown", ServingMetrics.NONE, ServingMetrics.NONE,
				"unavailable");
		return new ServiceUnavailableException(this.properties.retryAfter(),
				"No version of model '" + name + "' is loaded yet.");
	}

	private PredictionAnswer run(LoadedModel model, ServingVariant variant, PredictionRequest request,
			String requestId) {
		long start = System.nanoTime();
		try {
			List<Map<String, @Nullable Object>> records = records(model, request);
			List<Prediction> predictions = model.predictor().predictAll(records);
			long nanos = System.nanoTime() - start;
			this.metrics.latency(model.name(), model.version(), variant, Duration.ofNanos(nanos));
			this.metrics.request(model.name(), Integer.toString(model.version()), variant, "success");
			this.logger.log(model, variant, request, requestId, records, predictions, nanos / 1000);
			return new PredictionAnswer(model, variant, requestId, predictions);
		}
		catch (RuntimeException ex) {
			this.metrics.request(model.name(), Integer.toString(model.version()), variant, "error");
			throw ex;
		}
	}

	private List<Map<String, @Nullable Object>> records(LoadedModel model, PredictionRequest request) {
		if (request.records() != null) {
			return request.records();
		}
		try {
			return this.features.records(model.view(), request.entities());
		}
		catch (RemoteServiceException ex) {
			throw new ServiceUnavailableException(this.properties.retryAfter(),
					"Online features are not available: " + ex.getMessage());
		}
	}

	private void mirror(@Nullable LoadedModel shadow, PredictionRequest request, String requestId) {
		if (shadow == null) {
			return;
		}
		try {
			this.shadowExecutor.execute(() -> {
				try {
					run(shadow, ServingVariant.SHADOW, request, requestId);
				}
				catch (RuntimeException ex) {
					log.debug("Shadow prediction of {} v{} failed: {}", shadow.name(), shadow.version(),
							ex.getMessage());
				}
			});
		}
		catch (RejectedExecutionException ex) {
			this.metrics.shadowDropped(shadow.name());
		}
	}

}
