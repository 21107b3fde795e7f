package dev.loopline.validation.it;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import dev.loopline.contracts.CloudEventHeaders;
import dev.loopline.contracts.EventCodec;
import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.LooplineEvent;
import dev.loopline.contracts.RawRecord;
import dev.loopline.contracts.RecordSource;
import dev.loopline.contracts.Topics;
import dev.loopline.testkit.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Publishes RawRecords the way ingestion does (real codec, CloudEvents headers) and reads
 * the service's outputs back as events.
 */
public final class Records {

	public static final EventCodec CODEC = new EventCodec();

	public static final Duration TIMEOUT = Duration.ofSeconds(30);

	private Records() {
	}

	public static RawRecord raw(String dataset, Map<String, Object> fields) {
		return new RawRecord(EventMetadata.newCorrelation(), dataset, UUID.randomUUID().toString(), null,
				"batch-" + UUID.randomUUID(), Instant.parse("2026-01-15T10:00:00Z"), RecordSource.REST, fields, null);
	}

	public static void publish(KafkaProbe kafka, LooplineEvent event) {
		kafka.send(Topics.RECORDS_RAW, event.key(), CODEC.encode(event),
				CloudEventHeaders.of(event, CloudEventHeaders.source("tests")));
	}

	public static <T extends LooplineEvent> T await(KafkaProbe kafka, String topic, Class<T> type, Predicate<T> match) {
		ConsumerRecord<String, String> record = kafka.awaitRecord(topic, (candidate) -> matches(candidate, type, match),
				TIMEOUT);
		return decode(record, type);
	}

	/** Every record on a topic now, read to the end with a fresh consumer. */
	public static <T extends LooplineEvent> List<T> all(KafkaProbe kafka, String topic, Class<T> type,
			Predicate<T> match) {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		List<T> found = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic)
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			while (partitions.stream().anyMatch((partition) -> consumer.position(partition) < end.get(partition))) {
				consumer.poll(Duration.ofMillis(200)).forEach((record) -> {
					if (matches(record, type, match)) {
						found.add(decode(record, type));
					}
				});
			}
		}
		return found;
	}

	private static <T extends LooplineEvent> boolean matches(ConsumerRecord<String, String> record, Class<T> type,
			Predicate<T> match) {
		String ceType = KafkaProbe.headerValue(record, CloudEventHeaders.TYPE);
		if (ceType == null || !ceType.equals(dev.loopline.contracts.EventType.of(type).ceType())) {
			return false;
		}
		return match.test(decode(record, type));
	}

	private static <T extends LooplineEvent> T decode(ConsumerRecord<String, String> record, Class<T> type) {
		return CODEC.decode(record.value().getBytes(java.nio.charset.StandardCharsets.UTF_8), type);
	}

}
