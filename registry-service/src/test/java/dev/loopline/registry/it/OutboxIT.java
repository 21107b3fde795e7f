package dev.loopline.registry.it;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.loopline.contracts.Topics;
import dev.loopline.servicekit.outbox.OutboxRelay;
import dev.loopline.testkit.KafkaProbe;
import dev.loopline.testkit.RealInfrastructure;
import dev.loopline.testkit.TestApiKeys;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox with its publisher "killed" between commit and send (the relay disabled): a
 * committed transition is held in the database and nothing is on the topic; once the
 * relay runs, every held event is on the topic under the event id it was committed with.
 * Delivery is at-least-once (a relay crash after the broker's ack and before the delete
 * sends again, with the same event id, and consumers dedupe on it); in this run without a
 * crash each event is there once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=registry-service", "loopline.outbox.relay-enabled=false" })
@RealInfrastructure
class OutboxIT {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OutboxRelay relay;

	@Test
	void holdsCommittedTransitionsUntilThePublisherComesBackThenPublishesThemWithTheirEventIds() {
		Api api = new Api(this.port);
		String model = Runs.unique("outbox");
		try (KafkaProbe kafka = KafkaProbe.create()) {
			kafka.createTopics(Topics.MODELS_EVENTS);
			Runs.publish(kafka, Runs.run(model, api.artifact(model, "bundle".getBytes(StandardCharsets.UTF_8)),
					Map.of("accuracy", 0.9), Map.of(), null, null, null));
			Runs.awaitVersion(api, model, 1);
			assertThat(api
				.put("/v1/models/" + model + "/aliases/canary", TestApiKeys.OPERATE,
						"{\"version\":1,\"reason\":\"canary\"}")
				.status()).isEqualTo(200);

			List<String> pending = this.jdbc.queryForList(
					"select event_id::text from outbox_event where payload like ? order by seq", String.class,
					"%" + model + "%");
			assertThat(pending).hasSize(3); // registered, promoted (champion), promoted
											// (canary)
			assertThat(keyed(kafka, model)).isEmpty();

			assertThat(this.relay.publishPending()).isGreaterThanOrEqualTo(3);
			assertThat(this.relay.publishPending()).isZero();
			await().atMost(Runs.TIMEOUT).until(() -> keyed(kafka, model).size() >= 3);
			Map<String, Long> counts = Runs.countByEventId(keyed(kafka, model));
			assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(pending);
			assertThat(counts.values()).allMatch((count) -> count == 1);
			assertThat(this.jdbc.queryForObject("select count(*) from outbox_event where payload like ?", Long.class,
					"%" + model + "%"))
				.isZero();
		}
	}

	/**
	 * Every record on the models topic with this key, read to the end of each partition.
	 */
	private static List<ConsumerRecord<String, String>> keyed(KafkaProbe kafka, String key) {
		Map<String, Object> config = Map.of("bootstrap.servers", kafka.bootstrapServers(), "group.id",
				"outbox-it-" + UUID.randomUUID(), "enable.auto.commit", "false");
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(Topics.MODELS_EVENTS)
				.stream()
				.map((p) -> new TopicPartition(p.topic(), p.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			List<ConsumerRecord<String, String>> records = new ArrayList<>();
			// a deadline, so a partition that never reaches its end offset fails the test
			await("reading " + Topics.MODELS_EVENTS + " to its end offsets " + end).atMost(Runs.TIMEOUT)
				.pollInSameThread()
				.pollDelay(Duration.ZERO)
				.pollInterval(Duration.ofMillis(10))
				.until(() -> {
					consumer.poll(Duration.ofMillis(200)).forEach((r) -> {
						if (key.equals(r.key())) {
							records.add(r);
						}
					});
					return partitions.stream().allMatch((p) -> consumer.position(p) >= end.get(p));
				});
			return records;
		}
	}

}
