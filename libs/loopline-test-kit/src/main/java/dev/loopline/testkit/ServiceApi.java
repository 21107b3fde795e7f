package dev.loopline.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for a service's REST API in integration tests: every request
 * carries the given API key ({@link TestApiKeys}; {@code null} sends none, for open paths
 * and 401 checks), JSON by default, and a 30 s timeout; an I/O failure fails the test. A
 * service's tests extend it with their own helpers ({@code createView}, {@code upload},
 * ...).
 */
public class ServiceApi {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String JSON_TYPE = "application/json";

	private final String base;

	/**
	 * A client of the service on a local port.
	 * @param port the service's port
	 */
	public ServiceApi(int port) {
		this.base = "http://localhost:" + port;
	}

	public Response get(String path, @Nullable String key) {
		return get(path, key, JSON_TYPE);
	}

	public Response get(String path, @Nullable String key, String accept) {
		return send("GET", path, key, JSON_TYPE, accept, HttpRequest.BodyPublishers.noBody());
	}

	public Response post(String path, @Nullable String key, String json) {
		return send("POST", path, key, JSON_TYPE, JSON_TYPE, HttpRequest.BodyPublishers.ofString(json));
	}

	public Response put(String path, @Nullable String key, String json) {
		return send("PUT", path, key, JSON_TYPE, JSON_TYPE, HttpRequest.BodyPublishers.ofString(json));
	}

	public Response patch(String path, @Nullable String key, String json) {
		return send("PATCH", path, key, JSON_TYPE, JSON_TYPE, HttpRequest.BodyPublishers.ofString(json));
	}

	public Response delete(String path, @Nullable String key) {
		return send("DELETE", path, key, JSON_TYPE, JSON_TYPE, HttpRequest.BodyPublishers.noBody());
	}

	/**
	 * Sends any request and reads the body as text.
	 * @param method the HTTP method
	 * @param path the path and query
	 * @param key the API key
	 * @param contentType the body's content type
	 * @param accept the accepted media type
	 * @param body the body
	 * @return the response
	 */
	public Response send(String method, String path, @Nullable String key, String contentType, String accept,
			HttpRequest.BodyPublisher body) {
		HttpResponse<String> response = exchange(method, path, key, contentType, accept, body,
				HttpResponse.BodyHandlers.ofString());
		return new Response(response.statusCode(), response.body(), response.headers());
	}

	/**
	 * Sends any request and reads the body with the given handler (bytes, a stream).
	 * @param <T> the body type
	 * @param method the HTTP method
	 * @param path the path and query
	 * @param key the API key
	 * @param contentType the body's content type
	 * @param accept the accepted media type
	 * @param body the body
	 * @param handler how to read the response body
	 * @return the response
	 */
	public <T> HttpResponse<T> exchange(String method, String path, @Nullable String key, String contentType,
			String accept, HttpRequest.BodyPublisher body, HttpResponse.BodyHandler<T> handler) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.method(method, body)
			.header("Content-Type", contentType)
			.header("Accept", accept)
			.timeout(Duration.ofSeconds(30));
		if (key != null) {
			request.header(TestApiKeys.HEADER, key);
		}
		try {
			return HTTP.send(request.build(), handler);
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A response read as text.
	 *
	 * @param status the status code
	 * @param body the body
	 * @param headers the headers
	 */
	public record Response(int status, String body, HttpHeaders headers) {

		/**
		 * The body as JSON.
		 * @return the parsed body
		 */
		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		/**
		 * A header's first value.
		 * @param name the header name
		 * @return its first value, or {@code null}
		 */
		public String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

	}

}
