package dev.loopline.deployment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.loopline.local.LocalOptions;
import dev.loopline.local.LocalPlatform;
import dev.loopline.local.LocalService;
import dev.loopline.local.demo.DriftScenarios;
import dev.loopline.local.demo.LoopOutcome;
import dev.loopline.local.demo.LoopSetup;
import dev.loopline.local.demo.PlatformClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The seven services configured only by the environment {@code docker-compose.yml} gives
 * them (with the compose hosts of Kafka, PostgreSQL and the peers pointed at the embedded
 * broker, database and ports; everything else as written), on the real broker and
 * database. They become ready, close the loop, and then every metric name a Grafana
 * panel, a template variable or an alert rule of {@code observability/} reads is in what
 * the services expose on {@code /actuator/prometheus} — scraped without an API key, as
 * Prometheus does — so a dashboard cannot drift from the code.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeploymentEnvironmentIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern SERVICE_URL = Pattern.compile("http://([a-z-]+)-service:8080");

	private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]", Pattern.MULTILINE);

	@TempDir
	static Path dataDirectory;

	static LocalPlatform platform;

	static PlatformClient client;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startPlatformAsComposeConfiguresIt() {
		Map<String, Object> compose = ComposeFile.load();
		platform = LocalPlatform.startWithEnvironment(
				LocalOptions.ephemeral(dataDirectory, EnumSet.allOf(LocalService.class)),
				(service, running) -> environment(compose, service, running));
		client = new PlatformClient(platform);
	}

	@AfterAll
	static void stopPlatform() {
		if (platform != null) {
			platform.close();
		}
	}

	/**
	 * A service's compose environment with {@code .env} filled in, and the compose hosts
	 * of the infrastructure and the peers replaced by the embedded ones.
	 */
	private static Map<String, Object> environment(Map<String, Object> compose, LocalService service,
			LocalPlatform running) {
		Map<String, String> dotEnv = Map.of("POSTGRES_PASSWORD", "unused-by-the-embedded-database", "LOOPLINE_API_KEY",
				running.apiKey(), "GRAFANA_ADMIN_PASSWORD", "unused");
		Map<String, Object> environment = new LinkedHashMap<>();
		ComposeFile.environment(compose, RequiredEnvironment.name(service)).forEach((variable, written) -> {
			String value = ComposeFile.interpolate(written, dotEnv);
			switch (variable) {
				case "SPRING_DATASOURCE_URL" -> {
					assertThat(value).isEqualTo("jdbc:postgresql://postgres:5432/loopline");
					value = running.jdbcUrl();
				}
				case "SPRING_DATASOURCE_USERNAME" -> value = running.databaseUser();
				default -> {
					value = value.replace("kafka:9092", running.kafkaBootstrapServers());
					Matcher peer = SERVICE_URL.matcher(value);
					if (peer.matches()) {
						value = running.url(LocalService.ofId(peer.group(1)));
					}
				}
			}
			environment.put(variable, value);
		});
		return environment;
	}

	@Test
	@Order(1)
	void everyServiceAnswersItsProbesWithoutAKey() {
		for (LocalService service : LocalService.values()) {
			for (String probe : List.of(ActuatorPaths.LIVENESS, ActuatorPaths.READINESS)) {
				await().atMost(Duration.ofSeconds(60))
					.ignoreExceptions()
					.untilAsserted(() -> assertThat(get(service, probe).statusCode()).as("%s %s", service, probe)
						.isEqualTo(200));
			}
		}
	}

	@Test
	@Order(2)
	void closesTheLoopConfiguredOnlyByTheComposeEnvironment() {
		DriftScenarios scenarios = new DriftScenarios(platform,
				(step) -> System.out.println("[compose environment] " + step), Duration.ofSeconds(90));

		LoopOutcome outcome = scenarios.conceptChange(new LoopSetup("payments", "payment-fraud", 4, "cart", 800, 300),
				800, 800);

		assertThat(outcome.promoted()).as(String.valueOf(outcome.decision())).isTrue();
		assertThat(outcome.retrainedVersion()).isEqualTo(2);
		assertThat(outcome.errorsDuringLoop()).isEmpty();
	}

	@Test
	@Order(3)
	void everyMetricTheDashboardsAndAlertRulesReadIsExposed() {
		raiseADataQualityAlert();
		client.call(LocalService.FEATURE_STORE, "POST", "/v1/feature-views/payment-fraud-view/online",
				Map.of("entities", List.of("c-1")), 200);
		Map<String, Set<String>> wanted = ObservabilityFiles.metricNames();
		ObservabilityFiles.SYNTHETIC.forEach(wanted::remove);

		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			Set<String> exposed = scrapeAll();
			Map<String, Set<String>> missing = new TreeMap<>(wanted);
			missing.keySet().removeAll(exposed);
			assertThat(missing).as("metrics read by observability/ but exposed by no service").isEmpty();
		});
		assertThat(wanted).as("the check saw the dashboards' and rules' metrics").hasSizeGreaterThan(30);
	}

	/**
	 * A dataset whose contract allows at most 10 % missing sites and readings within [0,
	 * 100], then a window of records with half the sites missing and two readings out of
	 * range: violations, quarantined records and a DataQualityDegraded alert.
	 */
	private static void raiseADataQualityAlert() {
		client.call(LocalService.VALIDATION, "PUT", "/v1/contracts/sensors",
				Map.of("fields",
						List.of(field("id", "string", true), field("site", "categorical", false),
								field("reading", "number", true), field("ts", "timestamp", true)),
						"entityKey", "id", "eventTime", "ts", "window", Map.of("records", 20), "expectations",
						List.of(Map.of("kind", "null_rate", "field", "site", "max", 0.1),
								Map.of("kind", "between", "field", "reading", "min", 0, "max", 100))),
				200, 201);
		StringBuilder records = new StringBuilder();
		for (int i = 0; i < 40; i++) {
			Map<String, Object> record = new HashMap<>();
			record.put("id", "s-" + i);
			record.put("site", (i % 2 == 0) ? null : "north");
			record.put("reading", (i < 2) ? 500 : i);
			record.put("ts", Instant.now().toString());
			records.append(JSON.writeValueAsString(record)).append('\n');
		}
		// one object per line, as the client sends records
		client.call(LocalService.INGESTION, "POST", "/v1/datasets/sensors/records?idField=id&entityField=id",
				records.toString(), 202);
	}

	private static Map<String, Object> field(String name, String type, boolean required) {
		return Map.of("name", name, "type", type, "required", required);
	}

	/** The metric names of every service, each scraped as Prometheus does: no API key. */
	private Set<String> scrapeAll() throws Exception {
		Set<String> names = new TreeSet<>();
		for (LocalService service : LocalService.values()) {
			HttpResponse<String> scrape = get(service, ActuatorPaths.PROMETHEUS);
			assertThat(scrape.statusCode()).as("%s %s without a key", service, ActuatorPaths.PROMETHEUS).isEqualTo(200);
			Matcher sample = SAMPLE.matcher(scrape.body());
			while (sample.find()) {
				names.add(sample.group(1));
			}
		}
		return names;
	}

	private HttpResponse<String> get(LocalService service, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(platform.url(service) + path))
			.timeout(Duration.ofSeconds(10))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
