package dev.loopline.registry.it;

import java.io.ByteArrayInputStream;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.loopline.testkit.ServiceApi;
import dev.loopline.testkit.TestApiKeys;
import tools.jackson.databind.JsonNode;

/**
 * The registry's API in integration tests: the test kit's client plus artifact uploads
 * and downloads.
 */
final class Api extends ServiceApi {

	Api(int port) {
		super(port);
	}

	Response get(String path) {
		return get(path, TestApiKeys.READ);
	}

	Response upload(String model, byte[] bytes, String key) {
		return send("POST", "/v1/artifacts?model=" + model, key, "application/octet-stream", "application/json",
				HttpRequest.BodyPublishers.ofByteArray(bytes));
	}

	/**
	 * Uploads a bundle without a declared length (chunked), so only counting can stop it.
	 */
	Response uploadChunked(String model, byte[] bytes) {
		return send("POST", "/v1/artifacts?model=" + model, TestApiKeys.OPERATE, "application/octet-stream",
				"application/json", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
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
		HttpResponse<byte[]> response = exchange("GET", path, TestApiKeys.READ, "application/json",
				"application/octet-stream", HttpRequest.BodyPublishers.noBody(),
				HttpResponse.BodyHandlers.ofByteArray());
		return new BytesResponse(response.statusCode(), response.body(), response.headers());
	}

	/**
	 * A binary response.
	 *
	 * @param status the status code
	 * @param body the bytes
	 * @param headers the headers
	 */
	record BytesResponse(int status, byte[] body, HttpHeaders headers) {

		String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

	}

}
