package dev.loopline.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import dev.loopline.contracts.Topics;

import org.awaitility.core.ConditionTimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.web.context.support.StandardServletEnvironment;

import static org.awaitility.Awaitility.await;

/**
 * The whole platform in one JVM: a real Kafka broker, a real PostgreSQL and the seven
 * services, each in its own application context on its own port; started once every
 * service's readiness probe says UP. Closing it stops the services first, then Kafka,
 * then PostgreSQL, so no consumer loses its broker mid-flight.
 */
public final class LocalPlatform implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);

	static final int TOPIC_PARTITIONS = 3;

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

	private final LocalOptions options;

	private final String apiKey;

	private final LocalPostgres postgres;

	private final LocalKafka kafka;

	private final @Nullable ServiceEnvironment environment;

	private final Map<LocalService, ConfigurableApplicationContext> services = new EnumMap<>(LocalService.class);

	/**
	 * Every service's port, free ones found up front when the options leave them open:
	 * services are told each other's URLs before any of them listens.
	 */
	private final Map<LocalService, Integer> ports = new EnumMap<>(LocalService.class);

	private LocalPlatform(LocalOptions options, String apiKey, LocalPostgres postgres, LocalKafka kafka,
			@Nullable ServiceEnvironment environment) {
		this.options = options;
		this.apiKey = apiKey;
		this.postgres = postgres;
		this.kafka = kafka;
		this.environment = environment;
		for (LocalService service : LocalService.values()) {
			int chosen = options.portOf(service);
			this.ports.put(service, (chosen != 0) ? chosen : FreePorts.find());
		}
	}

	/**
	 * Starts PostgreSQL and Kafka, creates every topic, then starts the chosen services.
	 * @param options what to start and where
	 * @return the running platform; close it to stop everything
	 */
	public static LocalPlatform start(LocalOptions options) {
		return start(options, null);
	}

	/**
	 * Starts the platform with every service configured only by the environment variables
	 * {@code environment} gives it, as a container would be (plus its port), instead of
	 * the local settings: how the deployment files are checked against the services.
	 * @param options what to start and where
	 * @param environment each service's environment variables; it may ask the platform
	 * for its broker, database, API key and the services' URLs
	 * @return the running platform; close it to stop everything
	 */
	public static LocalPlatform startWithEnvironment(LocalOptions options, ServiceEnvironment environment) {
		return start(options, environment);
	}

	private static LocalPlatform start(LocalOptions options, @Nullable ServiceEnvironment environment) {
		FreePorts.requireFree(options.kafkaPort(), "Kafka");
		FreePorts.requireFree(options.postgresPort(), "PostgreSQL");
		for (LocalService service : options.services()) {
			FreePorts.requireFree(options.portOf(service), service.id() + "-service");
		}
		if (options.fresh()) {
			deleteRecursively(options.dataDirectory());
		}
		String apiKey = DevApiKey.loadOrCreate(options.dataDirectory());
		// logback.xml is the one logging configuration of all seven contexts: Boot
		// must not re-initialize logging once per service (concurrently, even, when
		// they start in parallel)
		System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
		System.setProperty("loopline.log.file", options.dataDirectory().resolve("loopline.log").toString());
		// and java.util.logging (Tomcat, Tribuo) goes through the same configuration, as
		// Boot would route it
		SLF4JBridgeHandler.removeHandlersForRootLogger();
		SLF4JBridgeHandler.install();
		CompletableFuture<LocalPostgres> postgres = CompletableFuture.supplyAsync(
				() -> LocalPostgres.start(options.dataDirectory().resolve("postgres"), options.postgresPort()));
		LocalKafka kafka = LocalKafka.start(options.dataDirectory().resolve("kafka"), options.kafkaPort());
		LocalPlatform platform = new LocalPlatform(options, apiKey, postgres.join(), kafka, environment);
		try {
			kafka.createTopics(Topics.all(), TOPIC_PARTITIONS);
			platform.startServices();
			platform.awaitReady();
			return platform;
		}
		catch (RuntimeException ex) {
			platform.close();
			throw ex;
		}
	}

	private void startServices() {
		ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, this.options.parallelism()));
		try {
			Map<LocalService, CompletableFuture<ConfigurableApplicationContext>> starting = new EnumMap<>(
					LocalService.class);
			for (LocalService service : this.options.services()) {
				starting.put(service, CompletableFuture.supplyAsync(() -> startService(service), executor));
			}
			starting.forEach((service, context) -> this.services.put(service, context.join()));
		}
		finally {
			executor.shutdown();
		}
	}

	/**
	 * Waits until every service's readiness probe answers UP: some finish starting in the
	 * background (serving reads the registry once its consumer has its partitions). One
	 * that is still not ready after a minute is reported, not stopped.
	 */
	private void awaitReady() {
		HttpClient http = HttpClient.newHttpClient();
		for (LocalService service : this.services.keySet()) {
			HttpRequest probe = HttpRequest.newBuilder(URI.create(url(service) + "/actuator/health/readiness"))
				.timeout(Duration.ofSeconds(5))
				.build();
			try {
				await().atMost(READY_TIMEOUT)
					.pollInterval(Duration.ofMillis(100))
					.ignoreExceptions()
					.until(() -> http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
			}
			catch (ConditionTimeoutException ex) {
				// e.g. serving started without the registry it reads: running, not ready
				log.warn("{}-service is not ready after {}; see its /actuator/health/readiness", service.id(),
						READY_TIMEOUT);
			}
		}
	}

	private ConfigurableApplicationContext startService(LocalService service) {
		SpringApplicationBuilder builder = service.builder().registerShutdownHook(false);
		if (this.environment == null) {
			return builder.run(serviceArguments(service));
		}
		// environment variables bind exactly as the real ones would (relaxed names,
		// indexes):
		// a "-systemEnvironment" source is mapped like the process environment, and its
		// own
		// name keeps it when the Kafka binder's child context merges the parent's sources
		// (the child has a "systemEnvironment" of its own)
		StandardServletEnvironment variables = new StandardServletEnvironment();
		variables.getPropertySources()
			.addBefore(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(
							service.id() + "-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.copyOf(this.environment.of(service, this))));
		return builder.environment(variables)
			.run("--server.port=" + this.ports.get(service), "--spring.main.banner-mode=off");
	}

	private String[] serviceArguments(LocalService service) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=" + this.ports.get(service),
				"--spring.datasource.url=" + this.postgres.jdbcUrl(),
				"--spring.datasource.username=" + LocalPostgres.USER, "--spring.datasource.hikari.maximum-pool-size=4",
				"--spring.cloud.stream.kafka.binder.brokers=" + this.kafka.bootstrapServers(),
				"--spring.kafka.bootstrap-servers=" + this.kafka.bootstrapServers(),
				"--loopline.security.api-keys[0].name=local-dev", "--loopline.security.api-keys[0].key=" + this.apiKey,
				"--loopline.security.api-keys[0].roles=admin",
				// a browser cannot send X-API-Key: open the API docs, and only them, in
				// local mode
				"--loopline.security.open-paths=/v3/api-docs/**,/swagger-ui/**,/swagger-ui.html",
				"--spring.main.banner-mode=off"));
		// how services reach each other's REST APIs here (ignored by those that do not)
		for (String client : List.of("training", "serving", "monitoring")) {
			arguments.addAll(List.of("--loopline." + client + ".feature-store-url=" + url(LocalService.FEATURE_STORE),
					"--loopline." + client + ".registry-url=" + url(LocalService.REGISTRY),
					"--loopline." + client + ".api-key=" + this.apiKey));
		}
		return arguments.toArray(String[]::new);
	}

	/**
	 * A service's base URL, known before the service starts.
	 * @param service one of the platform's services
	 * @return e.g. {@code http://localhost:8085}
	 */
	public String url(LocalService service) {
		return "http://localhost:" + this.ports.get(service);
	}

	/**
	 * The user name of the platform's database.
	 * @return the user name of the platform's database
	 */
	public String databaseUser() {
		return LocalPostgres.USER;
	}

	/**
	 * Returns the development API key (role admin).
	 * @return the development API key (role admin)
	 */
	public String apiKey() {
		return this.apiKey;
	}

	/**
	 * Returns the broker's bootstrap servers.
	 * @return the broker's bootstrap servers
	 */
	public String kafkaBootstrapServers() {
		return this.kafka.bootstrapServers();
	}

	/**
	 * Returns the JDBC URL of the platform's database.
	 * @return the JDBC URL of the platform's database
	 */
	public String jdbcUrl() {
		return this.postgres.jdbcUrl();
	}

	Path dataDirectory() {
		return this.options.dataDirectory();
	}

	/**
	 * The services this platform started, in loop order.
	 * @return the running services
	 */
	public Set<LocalService> services() {
		return this.options.services();
	}

	/**
	 * The port a started service listens on (the real one, also when it was chosen
	 * freely).
	 * @param service a started service
	 * @return its HTTP port
	 */
	public int port(LocalService service) {
		ConfigurableApplicationContext context = this.services.get(service);
		if (context instanceof WebServerApplicationContext web) {
			return web.getWebServer().getPort();
		}
		throw new IllegalStateException(service.id() + "-service is not running");
	}

	/**
	 * A service's environment variables, for {@link #startWithEnvironment}.
	 */
	@FunctionalInterface
	public interface ServiceEnvironment {

		/**
		 * The environment variables of one service.
		 * @param service the service about to start
		 * @param platform the platform, its broker and database running, no service yet
		 * @return the variables, e.g. {@code SPRING_DATASOURCE_URL}
		 */
		Map<String, Object> of(LocalService service, LocalPlatform platform);

	}

	@Override
	public void close() {
		List<LocalService> running = new ArrayList<>(this.services.keySet());
		running.sort(Comparator.reverseOrder());
		for (LocalService service : running) {
			this.services.remove(service).close();
		}
		this.kafka.close();
		this.postgres.close();
	}

	private static void deleteRecursively(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete the data directory " + directory, ex);
		}
	}

}
