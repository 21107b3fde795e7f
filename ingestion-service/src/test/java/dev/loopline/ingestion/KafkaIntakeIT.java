package dev.loopline.ingestion;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import dev.loopline.contracts.RawRecord;
import dev.loopline.contracts.RecordSource;
import dev.loopline.testkit.KafkaProbe;
import dev.loopline.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Records written by Kafka producers to {@code loopline.ingest.<dataset>}, on a topic
 * created after start-up, land in the dataset's hourly batch and are published; a payload
 * that is not a JSON object is dead-lettered and the consumer keeps going.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=" + IngestionApplication.CONFIG_NAME)
@RealInfrastructure
class KafkaIntakeIT {

	@LocalServerPort
	int port;

	@Test
	void landsRecordsOfANewDatasetTopicWithTheirIdsAndCorrelation() {
		String dataset = "kafka-it-" + System.nanoTime();
		String topic = "loopline.ingest." + dataset;
		String hour = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMddHH"));
		try (KafkaProbe kafka = KafkaProbe.create()) {
			kafka.createTopics(topic);
			kafka.send(topic, "e-1", "{\"amount\": 3}".getBytes(StandardCharsets.UTF_8),
					Map.of("loopline-record-id", "r-1", "ce_correlationid", "corr-kafka-1"));
			kafka.send(topic, "e-1", "{\"amount\": 3}".getBytes(StandardCharsets.UTF_8),
					Map.of("loopline-record-id", "r-1"));
			kafka.send(topic, null, "{\"amount\": 4}");
		}
		RawTopic.Published first = RawTopic
			.await(dataset, (raw) -> dataset.equals(raw.dataset()) && "r-1".equals(raw.recordId()), 1)
			.get(0);
		RawRecord raw = first.record();
		assertThat(raw.entityId()).isEqualTo("e-1");
		assertThat(raw.source()).isEqualTo(RecordSource.KAFKA);
		assertThat(raw.metadata().correlationId()).isEqualTo("corr-kafka-1");
		assertThat(raw.batchId()).startsWith("kafka-" + dataset + "-").isIn(batchIds(dataset, hour));
		assertThat(first.key()).isEqualTo(dataset + ":e-1");
		RawRecord derived = RawTopic
			.await(dataset, (raw2) -> dataset.equals(raw2.dataset()) && raw2.entityId() == null, 1)
			.get(0)
			.record();
		assertThat(derived.recordId()).hasSize(64);

		IngestionApi api = new IngestionApi(this.port);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(api.getJson("/v1/batches?dataset=" + dataset)
				.findValues("duplicates")
				.stream()
				.mapToInt((d) -> d.asInt())
				.sum()).isEqualTo(1));
	}

	@Test
	void deadLettersANonJsonPayloadAndKeepsConsuming() {
		String dataset = "kafka-dlq-" + System.nanoTime();
		String topic = "loopline.ingest." + dataset;
		try (KafkaProbe kafka = KafkaProbe.create()) {
			kafka.createTopics(topic);
			kafka.send(topic, "k", "not json " + dataset);
			kafka.send(topic, "k", "[1, 2]");
			kafka.send(topic, "k", "{\"after\": \"garbage\"}");
			assertThat(kafka.awaitRecord(topic + ".dlq", (record) -> ("not json " + dataset).equals(record.value()),
					Duration.ofSeconds(60)))
				.satisfies((dead) -> assertThat(KafkaProbe.headerValue(dead, "x-exception-message")).contains("JSON"));
			assertThat(kafka.awaitRecord(topic + ".dlq", (record) -> "[1, 2]".equals(record.value()),
					Duration.ofSeconds(30)))
				.isNotNull();
		}
		assertThat(RawTopic.await(dataset, (raw) -> dataset.equals(raw.dataset()), 1).get(0).record().fields())
			.containsEntry("after", "garbage");
	}

	private static java.util.List<String> batchIds(String dataset, String hour) {
		// the hour may turn between the send and the landing
		String next = ZonedDateTime.now(ZoneOffset.UTC)
			.plusMinutes(1)
			.format(DateTimeFormatter.ofPattern("yyyyMMddHH"));
		return java.util.List.of("kafka-" + dataset + "-" + hour, "kafka-" + dataset + "-" + next);
	}

}
