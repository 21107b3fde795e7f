package dev.loopline.serving.oip;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.loopline.serving.config.ServingProperties;
import dev.loopline.serving.deployment.Deployments;
import dev.loopline.serving.deployment.LoadedModel;
import dev.loopline.serving.deployment.ModelDeployment;
import dev.loopline.serving.predict.PredictionAnswer;
import dev.loopline.serving.predict.PredictionRequest;
import dev.loopline.serving.predict.PredictionService;
import dev.loopline.servicekit.observability.CorrelationIdFilter;
import dev.loopline.servicekit.problem.ServiceUnavailableException;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Open Inference Protocol v2 REST endpoints. Unversioned calls use the champion (and,
 * for inference, the canary split and the shadow copy like the native API); versioned
 * URLs use that deployed version, whatever alias it serves.
 */
@RestController
class OipController {

	private final PredictionService predictions;

	private final Deployments deployments;

	private final ServingProperties properties;

	OipController(PredictionService predictions, Deployments deployments, ServingProperties properties) {
		this.predictions = predictions;
		this.deployments = deployments;
		this.properties = properties;
	}

	@GetMapping("/v2/health/live")
	Map<String, Object> live() {
		return Map.of("live", true);
	}

	@GetMapping("/v2/health/ready")
	ResponseEntity<Map<String, Object>> ready() {
		boolean ready = this.deployments.bootstrapped()
				&& this.deployments.all().stream().allMatch((d) -> d.champion() != null);
		return ResponseEntity.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
			.body(Map.of("ready", ready));
	}

	@GetMapping("/v2/models/{name}")
	Map<String, Object> metadata(@PathVariable String name) {
		ModelDeployment deployment = this.predictions.deployment(name);
		return ModelMetadata.of(deployment, model(deployment, null));
	}

	@GetMapping("/v2/models/{name}/versions/{version}")
	Map<String, Object> metadata(@PathVariable String name, @PathVariable String version) {
		ModelDeployment deployment = this.predictions.deployment(name);
		return ModelMetadata.of(deployment, model(deployment, version));
	}

	@GetMapping({ "/v2/models/{name}/ready", "/v2/models/{name}/versions/{version}/ready" })
	ResponseEntity<Map<String, Object>> modelReady(@PathVariable String name,
			@PathVariable(required = false) @Nullable String version) {
		ModelDeployment deployment = this.predictions.deployment(name);
		boolean ready = (version == null) ? deployment.champion() != null
				: deployment.version(number(version)).isPresent();
		return ResponseEntity.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
			.body(Map.of("name", name, "ready", ready));
	}

	@PostMapping("/v2/models/{name}/infer")
	Map<String, Object> infer(@PathVariable String name, @RequestBody JsonNode body) {
		LoadedModel target = model(this.predictions.deployment(name), null);
		PredictionAnswer answer = this.predictions.predict(name, request(body, target));
		return InferResponses.of(answer, id(body), outputs(body));
	}

	@PostMapping("/v2/models/{name}/versions/{version}/infer")
	Map<String, Object> infer(@PathVariable String name, @PathVariable String version, @RequestBody JsonNode body) {
		LoadedModel target = model(this.predictions.deployment(name), version);
		PredictionAnswer answer = this.predictions.predict(name, target.version(), request(body, target));
		return InferResponses.of(answer, id(body), outputs(body));
	}

	private PredictionRequest request(JsonNode body, LoadedModel target) {
		String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
		return InferRequestParser.parse(body, ModelMetadata.acceptedInputs(target), this.properties.maxBatch(),
				(correlationId != null) ? correlationId : java.util.UUID.randomUUID().toString());
	}

	private LoadedModel model(ModelDeployment deployment, @Nullable String version) {
		if (version == null) {
			LoadedModel champion = deployment.champion();
			if (champion == null) {
				throw new ServiceUnavailableException(this.properties.retryAfter(),
						"No version of model '" + deployment.name() + "' is loaded yet.");
			}
			return champion;
		}
		return deployment.version(number(version))
			.orElseThrow(() -> new OipException(HttpStatus.NOT_FOUND,
					"version " + version + " of model '" + deployment.name() + "' is not deployed here"));
	}

	private static int number(String version) {
		try {
			return Integer.parseInt(version);
		}
		catch (NumberFormatException ex) {
			throw new OipException(HttpStatus.BAD_REQUEST, "model version must be a number, was '" + version + "'");
		}
	}

	private static @Nullable String id(JsonNode body) {
		JsonNode id = body.get("id");
		return (id != null && id.isString()) ? id.asString() : null;
	}

	private static Set<String> outputs(JsonNode body) {
		Set<String> names = new HashSet<>();
		JsonNode outputs = body.get("outputs");
		if (outputs != null && outputs.isArray()) {
			outputs.forEach((output) -> names.add(output.path("name").asString("")));
		}
		return names;
	}

}
