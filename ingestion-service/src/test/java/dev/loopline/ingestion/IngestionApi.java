package dev.loopline.ingestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.loopline.testkit.TestApiKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ingestion service's HTTP API as the integration tests call it, over a real socket.
 */
final class IngestionApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	IngestionApi(int port) {
		this.base = "http://localhost:" + port;
	}

	HttpResponse<String> post(String path, String contentType, String body) {
		return post(path, contentType, HttpRequest.BodyPublishers.ofString(body), TestApiKeys.INGEST);
	}

	HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body, String apiKey) {
		return send(request(path, apiKey).header("Content-Type", contentType).POST(body).build());
	}

	HttpResponse<String> get(String path) {
		return send(request(path, TestApiKeys.READ).GET().build());
	}

	JsonNode getJson(String path) {
		HttpResponse<String> response = get(path);
		if (response.statusCode() != 200) {
			throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
		}
		return json(response);
	}

	HttpRequest.Builder request(String path, String apiKey) {
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60))
			.header(TestApiKeys.HEADER, apiKey);
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

}
