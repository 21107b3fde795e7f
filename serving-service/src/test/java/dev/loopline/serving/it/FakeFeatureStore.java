package dev.loopline.serving.it;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;

/**
 * The feature store's online API: {@code POST /v1/feature-views/{name}/online} answers
 * the feature values a test set per entity (by feature name, status PRESENT), MISSING for
 * the rest, and remembers the view versions asked for.
 */
final class FakeFeatureStore extends FakeService {

	private final Map<String, Map<String, Object>> entities = new ConcurrentHashMap<>();

	final List<String> lookups = java.util.Collections.synchronizedList(new ArrayList<>());

	void put(String entityId, Map<String, Object> featureValues) {
		this.entities.put(entityId, featureValues);
	}

	@Override
	protected void handle(HttpExchange exchange, String path) throws IOException {
		if (!path.matches("/v1/feature-views/[^/]+/online")) {
			problem(exchange, 404, "not-found", "no route " + path);
			return;
		}
		JsonNode body = JSON.readTree(exchange.getRequestBody());
		this.lookups.add(path.split("/")[3] + ":" + body.path("version").asInt());
		List<Map<String, Object>> answers = new ArrayList<>();
		for (JsonNode id : body.get("entities")) {
			Map<String, Object> values = this.entities.getOrDefault(id.asString(), Map.of());
			Map<String, Object> features = new LinkedHashMap<>();
			values.forEach((name, value) -> features.put(name,
					Map.of("value", value, "status", "PRESENT", "eventTime", "2026-01-01T00:00:00Z")));
			answers.add(Map.of("entityId", id.asString(), "features", features));
		}
		json(exchange, 200, Map.of("view", path.split("/")[3], "entities", answers));
	}

}
