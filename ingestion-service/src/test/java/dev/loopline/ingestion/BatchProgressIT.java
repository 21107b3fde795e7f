package dev.loopline.ingestion;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import dev.loopline.contracts.CloudEventHeaders;
import dev.loopline.contracts.EventCodec;
import dev.loopline.contracts.LooplineEvent;
import dev.loopline.contracts.RawRecord;
import dev.loopline.contracts.Topics;
import dev.loopline.testkit.LooplineInfrastructure;
import dev.loopline.testkit.RealInfrastructure;
import dev.loopline.testkit.TestApiKeys;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A large CSV upload streamed with a chunked body: while validation (played here) answers
 * the RawRecords as they come, the batch status climbs until every row is received and
 * has a verdict, and no count ever goes down.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=" + IngestionApplication.CONFIG_NAME)
@RealInfrastructure
class BatchProgressIT {

	private static final int ROWS = 50_000;

	private static final EventCodec CODEC = new EventCodec();

	@LocalServerPort
	int port;

	@Test
	void statusClimbsToEveryRowReceivedAndJudged() throws Exception {
		String batchId = "progress-" + System.nanoTime();
		IngestionApi api = new IngestionApi(this.port);
		AtomicBoolean validating = new AtomicBoolean(true);
		CompletableFuture<Void> validator = CompletableFuture.runAsync(() -> playValidation(batchId, validating));
		HttpRequest upload = api
			.request("/v1/datasets/progress/records?idField=id&batchId=" + batchId, TestApiKeys.INGEST)
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofInputStream(BatchProgressIT::csv))
			.build();
		CompletableFuture<HttpResponse<String>> response = HttpClientHolder.CLIENT.sendAsync(upload,
				HttpResponse.BodyHandlers.ofString());
		List<long[]> polls = Collections.synchronizedList(new ArrayList<>());
		try {
			await().pollInterval(Duration.ofMillis(250)).atMost(Duration.ofSeconds(120)).until(() -> {
				HttpResponse<String> status = api.get("/v1/batches/" + batchId);
				if (status.statusCode() != 200) {
					return false;
				}
				JsonNode json = IngestionApi.json(status);
				long[] counts = { json.get("received").asLong(), json.get("validated").asLong(),
						json.get("quarantined").asLong() };
				polls.add(counts);
				return counts[0] == ROWS && counts[1] + counts[2] == ROWS;
			});
		}
		finally {
			validating.set(false);
			validator.get();
		}
		assertThat(response.get().statusCode()).as(response.get().body()).isEqualTo(202);
		assertThat(IngestionApi.json(response.get()).get("accepted").asInt()).isEqualTo(ROWS);
		long[] last = polls.get(polls.size() - 1);
		assertThat(last[2]).isEqualTo(ROWS / 10);
		for (int i = 1; i < polls.size(); i++) {
			for (int c = 0; c < 3; c++) {
				assertThat(polls.get(i)[c]).as("count %d at poll %d", c, i).isGreaterThanOrEqualTo(polls.get(i - 1)[c]);
			}
		}
	}

	private static InputStream csv() {
		InputStream header = new java.io.ByteArrayInputStream("id,amount\n".getBytes(StandardCharsets.UTF_8));
		InputStream rows = new java.io.ByteArrayInputStream(IntStream.range(0, ROWS)
			.mapToObj((i) -> "row-" + i + "," + (i % 10 == 0 ? "" : String.valueOf(i)) + "\n")
			.reduce(new StringBuilder(), StringBuilder::append, StringBuilder::append)
			.toString()
			.getBytes(StandardCharsets.UTF_8));
		return new SequenceInputStream(header, rows);
	}

	/** Answers each RawRecord of the batch: rows without an amount are quarantined. */
	private static void playValidation(String batchId, AtomicBoolean running) {
		Properties consumerConfig = new Properties();
		consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LooplineInfrastructure.kafka().bootstrapServers());
		consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "validation-stand-in-" + batchId);
		consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		Properties producerConfig = new Properties();
		producerConfig.put("bootstrap.servers", LooplineInfrastructure.kafka().bootstrapServers());
		producerConfig.put("linger.ms", 5);
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(),
				new ByteArrayDeserializer());
				KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig, new StringSerializer(),
						new ByteArraySerializer())) {
			consumer.subscribe(List.of(Topics.RECORDS_RAW));
			while (running.get()) {
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					RawRecord raw = CODEC.decode(record.value(), RawRecord.class);
					if (batchId.equals(raw.batchId())) {
						producer.send(verdict(raw));
					}
				}
				producer.flush();
			}
		}
	}

	private static ProducerRecord<String, byte[]> verdict(RawRecord raw) {
		LooplineEvent event = (raw.fields().get("amount") != null) ? ValidationStandIn.validated(raw)
				: ValidationStandIn.quarantined(raw);
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.type().topic(), event.key(),
				CODEC.encode(event));
		CloudEventHeaders.bytesOf(event, CloudEventHeaders.source("validation"))
			.forEach((name, value) -> record.headers().add(name, value));
		return record;
	}

	private static final class HttpClientHolder {

		static final java.net.http.HttpClient CLIENT = java.net.http.HttpClient.newHttpClient();

	}

}
