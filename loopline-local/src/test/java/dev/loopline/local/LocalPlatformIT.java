package dev.loopline.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import dev.loopline.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boots the whole local platform the way {@code ./loopline} does (real Kafka, real
 * PostgreSQL, seven application contexts), on free ports so it never collides with a
 * platform a developer is running.
 */
class LocalPlatformIT {

	@TempDir
	static Path dataDirectory;

	static LocalPlatform platform;

	static final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startPlatform() {
		platform = LocalPlatform
			.start(new LocalOptions(dataDirectory, false, 0, 0, 0, 2, EnumSet.allOf(LocalService.class)));
	}

	@AfterAll
	static void stopPlatform() {
		if (platform != null) {
			platform.close();
		}
	}

	@Test
	void allSevenServicesReportReady() throws Exception {
		for (LocalService service : LocalService.values()) {
			HttpResponse<String> readiness = get(service, "/actuator/health/readiness", null);
			assertThat(readiness.statusCode()).as(service.id()).isEqualTo(200);
			assertThat(readiness.body()).as(service.id()).contains("\"status\":\"UP\"");
		}
	}

	@Test
	void createsEveryPlatformTopic() throws Exception {
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers()))) {
			Set<String> topics = admin.listTopics().names().get();
			assertThat(topics).containsAll(Topics.all());
			// a binding whose destination is not configured would create a topic named
			// after itself; error.<topic>.<group> is the binder's provisioned (unused)
			// default DLQ
			assertThat(topics).allMatch(
					(topic) -> topic.startsWith(Topics.DEFAULT_PREFIX)
							|| topic.startsWith("error." + Topics.DEFAULT_PREFIX) || topic.startsWith("__"),
					"every topic is a platform topic");
		}
	}

	@Test
	void protectsTheApiWithTheDevelopmentKey() throws Exception {
		for (LocalService service : LocalService.values()) {
			assertThat(get(service, "/actuator/prometheus", null).statusCode()).as(service.id()).isEqualTo(401);
			HttpResponse<String> metrics = get(service, "/actuator/prometheus", platform.apiKey());
			assertThat(metrics.statusCode()).as(service.id()).isEqualTo(200);
			assertThat(metrics.body()).as(service.id()).contains("application=\"" + service.id() + "-service\"");
		}
	}

	@Test
	void servesTheApiDocsWithoutAKeyInLocalMode() throws Exception {
		HttpResponse<String> docs = get(LocalService.REGISTRY, "/v3/api-docs", null);
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("\"openapi\"");
	}

	@Test
	void keepsTheDevelopmentKeyInTheDataDirectory() {
		assertThat(DevApiKey.loadOrCreate(dataDirectory)).isEqualTo(platform.apiKey());
	}

	private static HttpResponse<String> get(LocalService service, String path, String apiKey)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + platform.port(service) + path))
			.timeout(Duration.ofSeconds(10));
		if (apiKey != null) {
			request.header("X-API-Key", apiKey);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
