package dev.loopline.validation.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.loopline.testkit.TestApiKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for the validation service's API in integration tests.
 */
public final class Api {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	public Api(int port) {
		this.base = "http://localhost:" + port;
	}

	public Response get(String path, String key) {
		return send(HttpRequest.newBuilder(uri(path)).GET(), key);
	}

	public Response put(String path, String key, String json) {
		return send(HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(json)), key);
	}

	public Response post(String path, String key, String json) {
		return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json)), key);
	}

	/** Puts a contract as operator and returns its version. */
	public int putContract(String dataset, String json) {
		Response response = put("/v1/contracts/" + dataset, TestApiKeys.OPERATE, json);
		if (response.status() != 201 && response.status() != 200) {
			throw new AssertionError("PUT contract failed: " + response.status() + " " + response.body());
		}
		return response.json().get("version").asInt();
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

	private Response send(HttpRequest.Builder request, String key) {
		request.header(TestApiKeys.HEADER, key)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(20));
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A response.
	 *
	 * @param status the status code
	 * @param body the body
	 */
	public record Response(int status, String body) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

}
