package dev.loopline.registry.it;

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
 * A small HTTP client for the registry's API in integration tests.
 */
final class Api {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	Api(int port) {
		this.base = "http://localhost:" + port;
	}

	Response get(String path) {
		return get(path, TestApiKeys.READ, "application/json");
	}

	Response get(String path, String key, String accept) {
		return send(HttpRequest.newBuilder(uri(path)).GET(), key, accept, "application/json");
	}

	Response post(String path, String key, String json) {
		return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json)), key,
				"application/json", "application/json");
	}

	Response put(String path, String key, String json) {
		return send(HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(json)), key,
				"application/json", "application/json");
	}

	Response patch(String path, String key, String json) {
		return send(HttpRequest.newBuilder(uri(path)).method("PATCH", HttpRequest.BodyPublishers.ofString(json)), key,
				"application/json", "application/json");
	}

	Response delete(String path, String key) {
		return send(HttpRequest.newBuilder(uri(path)).DELETE(), key, "application/json", "application/json");
	}

	Response upload(String model, byte[] bytes, String key) {
		return send(
				HttpRequest.newBuilder(uri("/v1/artifacts?model=" + model))
					.POST(HttpRequest.BodyPublishers.ofByteArray(bytes)),
				key, "application/json", "application/octet-stream");
	}

	/**
	 * Uploads a bundle without a declared length (chunked), so only counting can stop it.
	 */
	Response uploadChunked(String model, byte[] bytes) {
		return send(
				HttpRequest.newBuilder(uri("/v1/artifacts?model=" + model))
					.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))),
				TestApiKeys.OPERATE, "application/json", "application/octet-stream");
	}

	/** Uploads a bundle as operator; fails the test unless it is stored. */
	JsonNode artifact(String model, byte[] bytes) {
		Response response = upload(model, bytes, TestApiKeys.OPERATE);
		if (response.status() != 201) {
			throw new AssertionError("Upload failed: " + response.status() + " " + response.body());
		}
		return response.json();
	}

	BytesResponse download(String path) {
		HttpRequest request = HttpRequest.newBuilder(uri(path))
			.header(TestApiKeys.HEADER, TestApiKeys.READ)
			.timeout(Duration.ofSeconds(30))
			.build();
		try {
			HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return new BytesResponse(response.statusCode(), response.body(), response.headers());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

	private Response send(HttpRequest.Builder request, String key, String accept, String contentType) {
		request.header(TestApiKeys.HEADER, key)
			.header("Content-Type", contentType)
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

	/**
	 * A binary response.
	 *
	 * @param status the status code
	 * @param body the bytes
	 * @param headers the headers
	 */
	record BytesResponse(int status, byte[] body, java.net.http.HttpHeaders headers) {

		String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

	}

}
