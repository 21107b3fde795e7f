package dev.loopline.testkit;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The one Kafka broker and the one PostgreSQL server of a test JVM.
 * <p>
 * Each is started on first use, on random ports, and stopped by a JVM shutdown hook,
 * never by a test, so application contexts cached by the Spring TestContext framework can
 * use them until the end of the run. The mode comes from the system property
 * {@code loopline.test.infra} or the environment variable {@code LOOPLINE_TEST_INFRA}:
 * {@code embedded} (in-JVM KRaft broker from spring-kafka-test and zonky embedded
 * PostgreSQL), {@code containers} (Testcontainers) or {@code auto} (the default:
 * containers when Docker is available, embedded otherwise).
 * <p>
 * Images in containers mode can be changed with {@code loopline.test.kafka-image} and
 * {@code loopline.test.postgres-image}.
 */
public final class LooplineInfrastructure {

	/** Default partitions of topics the broker creates on its own. */
	static final int DEFAULT_PARTITIONS = 3;

	static final String KAFKA_IMAGE_PROPERTY = "loopline.test.kafka-image";

	static final String POSTGRES_IMAGE_PROPERTY = "loopline.test.postgres-image";

	private static final String DEFAULT_KAFKA_IMAGE = "apache/kafka-native:4.1.0";

	private static final String DEFAULT_POSTGRES_IMAGE = "postgres:17-alpine";

	private static final Logger logger = LoggerFactory.getLogger(LooplineInfrastructure.class);

	private static final Object lock = new Object();

	private static final List<AutoCloseable> resources = new ArrayList<>();

	private static @Nullable InfrastructureMode mode;

	private static @Nullable CompletableFuture<KafkaEndpoint> kafka;

	private static @Nullable CompletableFuture<PostgresEndpoint> postgres;

	private static boolean shutdownHookRegistered;

	private LooplineInfrastructure() {
	}

	/**
	 * The Kafka broker, started if needed.
	 * @return the broker's endpoint
	 */
	public static KafkaEndpoint kafka() {
		return join(kafkaFuture(), "Kafka");
	}

	/**
	 * The PostgreSQL server, started if needed.
	 * @return the server's endpoint
	 */
	public static PostgresEndpoint postgres() {
		return join(postgresFuture(), "PostgreSQL");
	}

	/**
	 * Start the Kafka broker and the PostgreSQL server concurrently (if not yet started)
	 * and wait for both.
	 */
	public static void startAll() {
		CompletableFuture<KafkaEndpoint> kafkaStart = kafkaFuture();
		CompletableFuture<PostgresEndpoint> postgresStart = postgresFuture();
		join(kafkaStart, "Kafka");
		join(postgresStart, "PostgreSQL");
	}

	/**
	 * The mode actually used: {@code EMBEDDED} or {@code CONTAINERS}, resolved (and
	 * logged) once.
	 * @return the effective mode name in lower case
	 */
	public static String mode() {
		return effectiveMode().name().toLowerCase(Locale.ROOT);
	}

	private static CompletableFuture<KafkaEndpoint> kafkaFuture() {
		synchronized (lock) {
			if (kafka == null) {
				InfrastructureMode effective = effectiveMode();
				kafka = startAsync("kafka", (effective == InfrastructureMode.CONTAINERS)
						? LooplineInfrastructure::startKafkaContainer : LooplineInfrastructure::startEmbeddedKafka);
			}
			return kafka;
		}
	}

	private static CompletableFuture<PostgresEndpoint> postgresFuture() {
		synchronized (lock) {
			if (postgres == null) {
				InfrastructureMode effective = effectiveMode();
				postgres = startAsync("postgres",
						(effective == InfrastructureMode.CONTAINERS) ? LooplineInfrastructure::startPostgresContainer
								: LooplineInfrastructure::startEmbeddedPostgres);
			}
			return postgres;
		}
	}

	private static InfrastructureMode effectiveMode() {
		synchronized (lock) {
			if (mode == null) {
				InfrastructureMode configured = InfrastructureMode.configured(
						System.getProperty(InfrastructureMode.PROPERTY),
						System.getenv(InfrastructureMode.ENVIRONMENT_VARIABLE));
				if (configured == InfrastructureMode.AUTO) {
					long start = System.nanoTime();
					boolean docker = isDockerAvailable();
					mode = docker ? InfrastructureMode.CONTAINERS : InfrastructureMode.EMBEDDED;
					logger.info(
							"Loopline test infrastructure: {} (auto: Docker {}, checked in {} ms; set {} or {} to choose)",
							describe(mode), docker ? "available" : "not available",
							Duration.ofNanos(System.nanoTime() - start).toMillis(), InfrastructureMode.PROPERTY,
							InfrastructureMode.ENVIRONMENT_VARIABLE);
				}
				else {
					mode = configured;
					logger.info("Loopline test infrastructure: {} (set by {} / {})", describe(mode),
							InfrastructureMode.PROPERTY, InfrastructureMode.ENVIRONMENT_VARIABLE);
				}
				registerShutdownHook();
			}
			return mode;
		}
	}

	private static String describe(InfrastructureMode mode) {
		return (mode == InfrastructureMode.CONTAINERS) ? "containers (Testcontainers Kafka and PostgreSQL)"
				: "embedded (in-JVM KRaft broker, zonky embedded PostgreSQL)";
	}

	private static boolean isDockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (Throwable ex) {
			logger.debug("Docker check failed", ex);
			return false;
		}
	}

	private static <T> CompletableFuture<T> startAsync(String name, Supplier<T> starter) {
		return CompletableFuture.supplyAsync(() -> {
			long start = System.nanoTime();
			T endpoint = starter.get();
			logger.info("Test {} ready in {} ms: {}", name, Duration.ofNanos(System.nanoTime() - start).toMillis(),
					endpoint);
			return endpoint;
		}, (runnable) -> {
			Thread thread = new Thread(runnable, "loopline-test-" + name + "-start");
			thread.setDaemon(true);
			thread.start();
		});
	}

	private static <T> T join(CompletableFuture<T> future, String what) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			throw new IllegalStateException("Test " + what + " could not be started in " + mode() + " mode", cause);
		}
	}

	private static KafkaEndpoint startEmbeddedKafka() {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, DEFAULT_PARTITIONS);
		// publish only spring.embedded.kafka.brokers as a system property, not the
		// default spring.kafka.bootstrap-servers (it would leak into every context of
		// the JVM)
		broker.brokerListProperty(EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS);
		broker.brokerProperties(Map.of("auto.create.topics.enable", "true", "offsets.topic.num.partitions", "5",
				"transaction.state.log.replication.factor", "1", "transaction.state.log.min.isr", "1",
				"transaction.state.log.num.partitions", "5", "share.coordinator.state.topic.replication.factor", "1",
				"share.coordinator.state.topic.min.isr", "1"));
		broker.afterPropertiesSet();
		register(broker::destroy);
		return new KafkaEndpoint(broker.getBrokersAsString());
	}

	private static KafkaEndpoint startKafkaContainer() {
		KafkaContainer container = new KafkaContainer(
				DockerImageName.parse(System.getProperty(KAFKA_IMAGE_PROPERTY, DEFAULT_KAFKA_IMAGE)))
			.withEnv("KAFKA_NUM_PARTITIONS", String.valueOf(DEFAULT_PARTITIONS))
			.withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
			.withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true");
		container.start();
		register(container::stop);
		return new KafkaEndpoint(container.getBootstrapServers());
	}

	private static PostgresEndpoint startEmbeddedPostgres() {
		try {
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setRegisterShutdownHook(false)
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off")
				.setServerConfig("max_connections", "300")
				.start();
			register(server::close);
			return new PostgresEndpoint("localhost", server.getPort(), "postgres", "postgres", "postgres");
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start embedded PostgreSQL", ex);
		}
	}

	private static PostgresEndpoint startPostgresContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer(
				DockerImageName.parse(System.getProperty(POSTGRES_IMAGE_PROPERTY, DEFAULT_POSTGRES_IMAGE)))
			.withCommand("postgres", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "max_connections=300");
		container.start();
		register(container::stop);
		return new PostgresEndpoint(container.getHost(), container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT),
				container.getDatabaseName(), container.getUsername(), container.getPassword());
	}

	private static void register(AutoCloseable resource) {
		synchronized (resources) {
			resources.add(resource);
		}
	}

	private static void registerShutdownHook() {
		if (!shutdownHookRegistered) {
			Runtime.getRuntime()
				.addShutdownHook(new Thread(LooplineInfrastructure::stopAll, "loopline-test-infrastructure-stop"));
			shutdownHookRegistered = true;
		}
	}

	private static void stopAll() {
		List<AutoCloseable> toClose;
		synchronized (resources) {
			toClose = new ArrayList<>(resources);
			resources.clear();
		}
		for (int i = toClose.size() - 1; i >= 0; i--) {
			try {
				toClose.get(i).close();
			}
			catch (Exception ex) {
				logger.debug("Failed to stop test infrastructure resource", ex);
			}
		}
	}

}
