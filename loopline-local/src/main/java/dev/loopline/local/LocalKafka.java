package dev.loopline.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running inside
 * this JVM. Its log directory and cluster id live under the data directory, so topics and
 * offsets survive a restart.
 */
final class LocalKafka implements AutoCloseable {

	private final KafkaRaftServer server;

	private final String bootstrapServers;

	private LocalKafka(KafkaRaftServer server, String bootstrapServers) {
		this.server = server;
		this.bootstrapServers = bootstrapServers;
	}

	static LocalKafka start(Path directory, int port) {
		// Kafka halts the JVM on fatal errors; inside a platform process we want an
		// exception.
		Exit.setExitProcedure((code, message) -> {
			throw new IllegalStateException("Kafka asked to exit (" + code + "): " + message);
		});
		Exit.setHaltProcedure((code, message) -> {
			throw new IllegalStateException("Kafka asked to halt (" + code + "): " + message);
		});
		int brokerPort = (port == 0) ? FreePorts.find() : port;
		int controllerPort = FreePorts.find();
		Path logDir = directory.resolve("logs");
		Properties properties = brokerProperties(logDir, brokerPort, controllerPort);
		format(directory, properties);
		KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
		server.startup();
		return new LocalKafka(server, "127.0.0.1:" + brokerPort);
	}

	private static Properties brokerProperties(Path logDir, int brokerPort, int controllerPort) {
		Properties properties = new Properties();
		properties.putAll(Map.ofEntries(Map.entry("process.roles", "broker,controller"), Map.entry("node.id", "1"),
				Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
				Map.entry("listeners",
						"PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort),
				Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort),
				Map.entry("controller.listener.names", "CONTROLLER"),
				Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
				Map.entry("log.dirs", logDir.toString()), Map.entry("num.partitions", "3"),
				Map.entry("offsets.topic.replication.factor", "1"),
				Map.entry("transaction.state.log.replication.factor", "1"),
				Map.entry("transaction.state.log.min.isr", "1"),
				Map.entry("share.coordinator.state.topic.replication.factor", "1"),
				Map.entry("share.coordinator.state.topic.min.isr", "1"),
				Map.entry("group.initial.rebalance.delay.ms", "0"), Map.entry("auto.create.topics.enable", "true")));
		return properties;
	}

	/** Formats the log directory once; later starts reuse the stored cluster id. */
	private static void format(Path directory, Properties properties) {
		try {
			Files.createDirectories(directory);
			Path clusterIdFile = directory.resolve("cluster.id");
			if (!Files.exists(clusterIdFile)) {
				Files.writeString(clusterIdFile, Uuid.randomUuid().toString());
			}
			String clusterId = Files.readString(clusterIdFile).trim();
			Path config = directory.resolve("server.properties");
			try (Writer writer = Files.newBufferedWriter(config)) {
				properties.store(writer, "written by loopline-local on every start");
			}
			ByteArrayOutputStream output = new ByteArrayOutputStream();
			int exit = StorageTool.execute(
					new String[] { "format", "-t", clusterId, "-c", config.toString(), "--ignore-formatted" },
					new PrintStream(output, true, StandardCharsets.UTF_8));
			if (exit != 0) {
				throw new IllegalStateException("Formatting the Kafka log directory failed: " + output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the Kafka directory " + directory, ex);
		}
	}

	String bootstrapServers() {
		return this.bootstrapServers;
	}

	/** Creates the platform's topics if they do not exist yet. */
	void createTopics(List<String> topics, int partitions) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers))) {
			for (String topic : topics) {
				try {
					admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
				}
				catch (ExecutionException ex) {
					if (!(ex.getCause() instanceof TopicExistsException)) {
						throw new IllegalStateException("Cannot create topic " + topic, ex.getCause());
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while creating topics", ex);
		}
	}

	@Override
	public void close() {
		this.server.shutdown();
		this.server.awaitShutdown();
	}

}
