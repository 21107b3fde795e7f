package dev.loopline.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.loopline.contracts.CloudEventHeaders;
import dev.loopline.contracts.EventCodec;
import dev.loopline.contracts.LooplineEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every Loopline service shows when it runs against the real broker and database:
 * open probes, problem details for anonymous and unknown requests, metrics tagged with
 * its name, its OpenAPI description, its own migrated schema, and a consumer on each of
 * its topics that takes valid events and sends undecodable ones to the DLQ without
 * stopping.
 * <p>
 * A service's integration test extends this class and is a
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} with {@link RealInfrastructure}.
 */
public abstract class ServiceConformanceTests {

	private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(60);

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final EventCodec CODEC = new EventCodec();

	@Autowired
	private Environment environment;

	@Autowired
	private DataSource dataSource;

	/** The PostgreSQL schema the service owns. */
	protected abstract String schema();

	/** One valid message for each topic the service consumes. */
	protected abstract List<InboundMessage> inboundMessages();

	@Test
	void isLiveAndReadyWithoutAKey() throws Exception {
		for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
			HttpResponse<String> response = get(probe, null);
			assertThat(response.statusCode()).as(probe).isEqualTo(200);
			assertThat(response.body()).as(probe).contains("\"status\":\"UP\"");
		}
	}

	@Test
	void rejectsAnonymousRequestsWithProblemDetails() throws Exception {
		HttpResponse<String> response = get("/actuator/prometheus", null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void exposesPrometheusMetricsTaggedWithItsName() throws Exception {
		HttpResponse<String> response = get("/actuator/prometheus", TestApiKeys.READ);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body())
			.contains("application=\"" + this.environment.getProperty("spring.application.name") + "\"");
	}

	@Test
	void servesItsOpenApiDescription() throws Exception {
		HttpResponse<String> response = get("/v3/api-docs", TestApiKeys.READ);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"openapi\"").contains("X-API-Key");
	}

	@Test
	void answersUnknownRoutesWithProblemDetails() throws Exception {
		HttpResponse<String> response = get("/no-such-route", TestApiKeys.ADMIN);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
	}

	@Test
	void migratesItsOwnSchema() throws SQLException {
		assertThat(count("select count(*) from " + schema() + ".flyway_schema_history where success")).isPositive();
		assertThat(count("select count(*) from information_schema.tables where table_schema = '" + schema()
				+ "' and table_name = 'processed_event'"))
			.isEqualTo(1);
	}

	@Test
	void consumesEachOfItsTopics() throws Exception {
		try (KafkaProbe kafka = KafkaProbe.create()) {
			for (InboundMessage message : inboundMessages()) {
				double before = consumed(message);
				kafka.send(message.topic(), message.key(), message.payload(), message.headers());
				await().atMost(KAFKA_TIMEOUT).untilAsserted(() -> assertThat(consumed(message)).isGreaterThan(before));
			}
		}
	}

	@Test
	void sendsUndecodableMessagesToTheDlqAndKeepsConsuming() throws Exception {
		try (KafkaProbe kafka = KafkaProbe.create()) {
			for (InboundMessage message : inboundMessages()) {
				String garbage = "{not json at all " + System.nanoTime();
				kafka.send(message.topic(), message.key(), garbage.getBytes(StandardCharsets.UTF_8), message.headers());
				assertThat(kafka.awaitRecord(message.topic() + ".dlq", (record) -> garbage.equals(record.value()),
						KAFKA_TIMEOUT))
					.isNotNull();
				double before = consumed(message);
				kafka.send(message.topic(), message.key(), message.payload(), message.headers());
				await().atMost(KAFKA_TIMEOUT).untilAsserted(() -> assertThat(consumed(message)).isGreaterThan(before));
			}
		}
	}

	private double consumed(InboundMessage message) throws IOException, InterruptedException {
		String body = get("/actuator/prometheus", TestApiKeys.READ).body();
		return body.lines()
			.filter((line) -> line.startsWith("loopline_events_consumed_total{"))
			.filter((line) -> line.contains("topic=\"" + message.topic() + "\""))
			.filter((line) -> line.contains("type=\"" + message.countedType() + "\""))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	private long count(String sql) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet rows = statement.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private HttpResponse<String> get(String path, String apiKey) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.environment.getProperty("local.server.port") + path))
			.timeout(Duration.ofSeconds(10));
		if (apiKey != null) {
			request.header(TestApiKeys.HEADER, apiKey);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A valid message for one of the service's topics.
	 *
	 * @param topic the topic
	 * @param key the Kafka key
	 * @param payload the value
	 * @param headers the headers
	 * @param countedType the {@code type} tag the service counts it under
	 */
	protected record InboundMessage(String topic, String key, byte[] payload, Map<String, String> headers,
			String countedType) {

		/** A platform event on its default topic, with its CloudEvents headers. */
		public static InboundMessage of(LooplineEvent event) {
			return new InboundMessage(event.type().topic(), event.key(), CODEC.encode(event),
					CloudEventHeaders.of(event, CloudEventHeaders.source("tests")), event.type().ceType());
		}

		/** A free JSON record as an external producer writes it. */
		public static InboundMessage json(String topic, String key, String json) {
			return new InboundMessage(topic, key, json.getBytes(StandardCharsets.UTF_8), Map.of(), "json");
		}

	}

}
