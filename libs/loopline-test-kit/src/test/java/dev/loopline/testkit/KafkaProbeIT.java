package dev.loopline.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KafkaProbeIT {

	private static KafkaProbe kafka;

	@BeforeAll
	static void startProbe() {
		kafka = KafkaProbe.create();
	}

	@AfterAll
	static void closeProbe() {
		kafka.close();
	}

	@Test
	void roundTripsKeyValueAndHeadersThroughTheBroker() {
		String topic = uniqueTopic("round-trip");
		kafka.createTopics(topic);

		kafka.send(topic, "orders:1", "{\"amount\":10}", Map.of("ce_type", "dev.loopline.RawRecord.v1"));
		kafka.send(topic, "orders:2", "{\"amount\":20}",
				Map.of("ce_type", "dev.loopline.RawRecord.v1", "ce_id", "e-2"));

		ConsumerRecord<String, String> record = kafka.awaitRecord(topic,
				(candidate) -> "orders:2".equals(candidate.key()), Duration.ofSeconds(15));
		assertThat(record.value()).isEqualTo("{\"amount\":20}");
		assertThat(KafkaProbe.headerValue(record, "ce_type")).isEqualTo("dev.loopline.RawRecord.v1");
		assertThat(KafkaProbe.headerValue(record, "ce_id")).isEqualTo("e-2");
		assertThat(KafkaProbe.headerValue(record, "absent")).isNull();
	}

	@Test
	void awaitsACountOfRecordsIncludingBinaryValues() {
		String topic = uniqueTopic("count");
		kafka.createTopics(topic);
		kafka.createTopics(topic);
		kafka.send(topic, "k", "first".getBytes(StandardCharsets.UTF_8), Map.of());
		kafka.send(topic, "k", "second");

		List<ConsumerRecord<String, String>> records = kafka.awaitRecords(topic, 2, Duration.ofSeconds(15));

		assertThat(records).extracting(ConsumerRecord::value).containsExactly("first", "second");
	}

	@Test
	void seesRecordsPublishedWhileItWaitsEvenOnATopicCreatedLater() {
		String topic = uniqueTopic("later");
		CompletableFuture<RecordMetadata> sent = CompletableFuture.supplyAsync(() -> kafka.send(topic, "late", "value"),
				CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS));

		ConsumerRecord<String, String> record = kafka.awaitRecord(topic, (candidate) -> "late".equals(candidate.key()),
				Duration.ofSeconds(15));

		assertThat(record.value()).isEqualTo("value");
		assertThat(sent).succeedsWithin(Duration.ofSeconds(5));
	}

	@Test
	void failsWithTheRecordsSeenWhenNothingMatches() {
		String topic = uniqueTopic("no-match");
		kafka.send(topic, "orders:7", "{\"amount\":70}", Map.of("ce_type", "dev.loopline.RawRecord.v1"));

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(
					() -> kafka.awaitRecord(topic, (record) -> "orders:8".equals(record.key()), Duration.ofSeconds(2)))
			.withMessageContaining("Expected a record matching the predicate on topic '" + topic + "' within 2000 ms")
			.withMessageContaining("saw 1 record(s)")
			.withMessageContaining("key=orders:7 value={\"amount\":70} headers={ce_type=dev.loopline.RawRecord.v1}")
			.withCauseInstanceOf(ConditionTimeoutException.class);
	}

	@Test
	void failsClearlyWhenTheTopicDoesNotExist() {
		String topic = uniqueTopic("missing");

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> kafka.awaitRecords(topic, 1, Duration.ofSeconds(1)))
			.withMessageContaining("the topic does not exist");
	}

	private static String uniqueTopic(String name) {
		return "loopline.test." + name + "." + UUID.randomUUID();
	}

}
