package dev.loopline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.loopline.local.LocalPlatform;
import dev.loopline.local.LocalService;

/**
 * Registers the data contract of the benchmark's dataset with the validation service, so
 * its records are checked against real expectations rather than quarantined as unknown.
 */
final class BenchContract {

	private final LocalPlatform platform;

	private final HttpClient http = HttpClient.newHttpClient();

	BenchContract(LocalPlatform platform) {
		this.platform = platform;
	}

	void register(String dataset) {
		URI uri = URI
			.create("http://localhost:" + this.platform.port(LocalService.VALIDATION) + "/v1/contracts/" + dataset);
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("X-API-Key", this.platform.apiKey())
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofByteArray(contractJson()))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 2) {
				throw new IllegalStateException(
						"The validation service refused the benchmark contract: " + response.body());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] contractJson() {
		try (InputStream in = BenchContract.class.getResourceAsStream("/bench-contract.json")) {
			if (in == null) {
				throw new IllegalStateException("bench-contract.json is missing from the classpath");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
