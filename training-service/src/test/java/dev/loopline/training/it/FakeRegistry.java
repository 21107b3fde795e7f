package dev.loopline.training.it;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import dev.loopline.models.bundle.ModelBundles;

/**
 * The registry's artifact store and champion alias: uploads are really stored (and
 * hashed), downloads return the stored bytes with {@code X-Content-SHA256}, and a test
 * names a stored artifact the champion of a model.
 */
final class FakeRegistry extends FakeService {

	private final Map<String, byte[]> artifacts = new ConcurrentHashMap<>();

	private final Map<String, Map<String, Object>> champions = new ConcurrentHashMap<>();

	byte[] artifact(String id) {
		return this.artifacts.get(id);
	}

	void setChampion(String model, int version, String artifactId) {
		Map<String, Object> champion = new LinkedHashMap<>();
		champion.put("name", model);
		champion.put("version", version);
		champion.put("status", "CHAMPION");
		champion.put("aliases", java.util.List.of("champion"));
		champion.put("artifactId", artifactId);
		champion.put("artifactSha256", ModelBundles.sha256(this.artifacts.get(artifactId)));
		champion.put("artifactSize", this.artifacts.get(artifactId).length);
		this.champions.put(model, champion);
	}

	@Override
	protected void handle(HttpExchange exchange, String path) throws IOException {
		if (path.equals("/v1/artifacts") && exchange.getRequestMethod().equals("POST")) {
			byte[] bytes = exchange.getRequestBody().readAllBytes();
			String id = UUID.randomUUID().toString();
			this.artifacts.put(id, bytes);
			exchange.getResponseHeaders().set("Location", "/v1/artifacts/" + id);
			json(exchange, 201, Map.of("id", id, "sha256", ModelBundles.sha256(bytes), "size", bytes.length, "model",
					query(exchange, "model")));
		}
		else if (path.startsWith("/v1/artifacts/")) {
			byte[] bytes = this.artifacts.get(path.substring("/v1/artifacts/".length()));
			if (bytes == null) {
				problem(exchange, 404, "artifact-not-found", "No artifact " + path);
				return;
			}
			exchange.getResponseHeaders().set("X-Content-SHA256", ModelBundles.sha256(bytes));
			send(exchange, 200, "application/octet-stream", bytes);
		}
		else if (path.startsWith("/v1/models/") && path.endsWith("/aliases/champion")) {
			String model = path.split("/")[3];
			Map<String, Object> champion = this.champions.get(model);
			if (champion == null) {
				problem(exchange, 404, "model-not-found", "No model '" + model + "' exists.");
				return;
			}
			json(exchange, 200, champion);
		}
		else {
			problem(exchange, 404, "not-found", "no route " + path);
		}
	}

}
