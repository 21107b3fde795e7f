package dev.loopline.local;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a user stores in local mode survives a restart: Kafka's log and PostgreSQL's data
 * both live under the data directory.
 */
class LocalInfrastructureRestartIT {

	@TempDir
	Path dataDirectory;

	@Test
	void keepsKafkaRecordsAndDatabaseRowsAcrossARestart() throws Exception {
		try (LocalKafka kafka = LocalKafka.start(this.dataDirectory.resolve("kafka"), 0);
				LocalPostgres postgres = LocalPostgres.start(this.dataDirectory.resolve("postgres"), 0)) {
			kafka.createTopics(List.of("restart.check"), 1);
			try (KafkaProducer<String, String> producer = new KafkaProducer<>(
					Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(),
					new StringSerializer())) {
				producer.send(new ProducerRecord<>("restart.check", "k", "before restart")).get();
			}
			execute(postgres, "create table kept (note text)", "insert into kept values ('before restart')");
		}
		try (LocalKafka kafka = LocalKafka.start(this.dataDirectory.resolve("kafka"), 0);
				LocalPostgres postgres = LocalPostgres.start(this.dataDirectory.resolve("postgres"), 0)) {
			assertThat(readAll(kafka, "restart.check")).containsExactly("before restart");
			assertThat(queryNote(postgres)).isEqualTo("before restart");
		}
	}

	private static List<String> readAll(LocalKafka kafka, String topic) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "restart-check", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		List<String> values = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					values.add(record.value());
				}
				return !values.isEmpty();
			});
		}
		return values;
	}

	private static void execute(LocalPostgres postgres, String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl());
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static String queryNote(LocalPostgres postgres) throws SQLException {
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select note from kept")) {
			assertThat(rows.next()).isTrue();
			return rows.getString(1);
		}
	}

}
