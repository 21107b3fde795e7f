package dev.loopline.featurestore.it;

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
 * A small HTTP client for the feature store's API in integration tests.
 */
final class Api {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	Api(int port) {
		this.base = "http://localhost:" + port;
	}

	Response get(String path, String key) {
		return send(HttpRequest.newBuilder(uri(path)).GET(), key, "application/json");
	}

	Response get(String path, String key, String accept) {
		return send(HttpRequest.newBuilder(uri(path)).GET(), key, accept);
	}

	Response post(String path, String key, String json) {
		return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json)), key,
				"application/json");
	}

	Response put(String path, String key, String json) {
		return send(HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(json)), key,
				"application/json");
	}

	/** Registers a view as operator; fails the test unless it is created. */
	JsonNode createView(String json) {
		Response response = post("/v1/feature-views", TestApiKeys.OPERATE, json);
		if (response.status() != 201) {
			throw new AssertionError("POST feature view failed: " + response.status() + " " + response.body());
		}
		return response.json();
	}

	/** Looks entities up as reader. */
	JsonNode online(String view, String body) {
		Response response = post("/v1/feature-views/" + view + "/online", TestApiKeys.READ, body);
		if (response.status() != 200) {
			throw new AssertionError("Online lookup failed: " + response.status() + " " + response.body());
		}
		return response.json();
	}

	/** Defines a training set as operator. */
	JsonNode trainingSet(String body) {
		Response response = post("/v1/training-sets", TestApiKeys.OPERATE, body);
		if (response.status() != 201) {
			throw new AssertionError("Training set failed: " + response.status() + " " + response.body());
		}
		return response.json();
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

	private Response send(HttpRequest.Builder request, String key, String accept) {
		request.header(TestApiKeys.HEADER, key)
			.header("Content-Type", "application/json")
			.header("Accept", accept)
			.timeout(Duration.ofSeconds(30));
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response.headers());
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
	 * @param headers the headers
	 */
	record Response(int status, String body, java.net.http.HttpHeaders headers) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

	}

}
