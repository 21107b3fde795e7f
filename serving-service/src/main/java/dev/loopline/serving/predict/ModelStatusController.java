package dev.loopline.serving.predict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.loopline.serving.deployment.Deployments;
import dev.loopline.serving.deployment.LoadedModel;
import dev.loopline.serving.deployment.ModelDeployment;
import dev.loopline.serving.traffic.TrafficSplits;
import dev.loopline.servicekit.problem.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /v1/models} and {@code GET /v1/models/{name}}: what this instance serves
 * (version per alias, artifact, when loaded, task, feature view) and the canary share.
 */
@RestController
class ModelStatusController {

	private final Deployments deployments;

	private final TrafficSplits traffic;

	ModelStatusController(Deployments deployments, TrafficSplits traffic) {
		this.deployments = deployments;
		this.traffic = traffic;
	}

	@GetMapping("/v1/models")
	Map<String, Object> list() {
		List<Map<String, Object>> items = this.deployments.all().stream().map(this::status).toList();
		return Map.of("items", items, "bootstrapped", this.deployments.bootstrapped());
	}

	@GetMapping("/v1/models/{name}")
	Map<String, Object> get(@PathVariable String name) {
		ModelDeployment deployment = this.deployments.get(name)
			.orElseThrow(() -> new NotFoundException("model", name, "No model '" + name + "' is deployed here."));
		return status(deployment);
	}

	private Map<String, Object> status(ModelDeployment deployment) {
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("name", deployment.name());
		Map<String, Object> aliases = new LinkedHashMap<>();
		deployment.aliases().forEach((alias, model) -> aliases.put(alias, version(model)));
		status.put("aliases", aliases);
		status.put("canaryPercent", this.traffic.canaryPercent(deployment.name()));
		return status;
	}

	private static Map<String, Object> version(LoadedModel model) {
		Map<String, Object> version = new LinkedHashMap<>();
		version.put("version", model.version());
		version.put("artifactId", model.artifactId());
		version.put("artifactSha256", model.artifactSha256());
		version.put("loadedAt", model.loadedAt());
		version.put("task", model.bundle().manifest().task().id());
		version.put("algorithm", model.bundle().manifest().algorithm());
		version.put("featureView", Map.of("name", model.view().name(), "version", model.view().version()));
		version.put("dataset", model.view().dataset());
		return version;
	}

}
