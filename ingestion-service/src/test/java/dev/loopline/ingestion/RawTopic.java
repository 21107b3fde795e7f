package dev.loopline.ingestion;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

import dev.loopline.contracts.EventCodec;
import dev.loopline.contracts.RawRecord;
import dev.loopline.contracts.Topics;
import dev.loopline.testkit.LooplineInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.awaitility.Awaitility;

/**
 * Reads {@code loopline.records.raw} from the beginning and decodes it, so a test can
 * wait for every RawRecord that matches (the topic is shared by all test classes of the
 * run).
 */
final class RawTopic {

	private static final EventCodec CODEC = new EventCodec();

	private RawTopic() {
	}

	/**
	 * A RawRecord with the id of the Kafka record it was read from.
	 *
	 * @param record the event
	 * @param ceId the {@code ce_id} header
	 * @param key the Kafka key
	 */
	record Published(RawRecord record, String ceId, String key) {
	}

	static List<Published> await(String needle, Predicate<RawRecord> match, int count) {
		List<Published> seen = new ArrayList<>();
		try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
			List<TopicPartition> partitions = new ArrayList<>();
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.partitionsFor(Topics.RECORDS_RAW)
					.forEach((info) -> partitions.add(new TopicPartition(info.topic(), info.partition())));
				return !partitions.isEmpty();
			});
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
				drain(consumer, needle, match, seen);
				return seen.size() >= count;
			});
		}
		return seen;
	}

	/**
	 * Every matching RawRecord on the topic now: reads each partition to its end offset.
	 */
	static List<Published> readAll(String needle, Predicate<RawRecord> match) {
		List<Published> seen = new ArrayList<>();
		try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
			List<TopicPartition> partitions = consumer.partitionsFor(Topics.RECORDS_RAW)
				.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
				drain(consumer, needle, match, seen);
				return partitions.stream().allMatch((partition) -> consumer.position(partition) >= end.get(partition));
			});
		}
		return seen;
	}

	/** Reads everything the broker has now: one poll per Awaitility round would crawl. */
	private static void drain(KafkaConsumer<byte[], byte[]> consumer, String needle, Predicate<RawRecord> match,
			List<Published> seen) {
		ConsumerRecords<byte[], byte[]> records;
		do {
			records = consumer.poll(Duration.ofMillis(200));
			records.forEach((record) -> collect(record, needle, match, seen));
		}
		while (!records.isEmpty());
	}

	private static void collect(ConsumerRecord<byte[], byte[]> record, String needle, Predicate<RawRecord> match,
			List<Published> seen) {
		// the topic holds every test's records: decode only those that can match
		if (!new String(record.value(), StandardCharsets.UTF_8).contains(needle)) {
			return;
		}
		RawRecord raw = CODEC.decode(record.value(), RawRecord.class);
		if (match.test(raw)) {
			seen.add(new Published(raw, header(record, "ce_id"), new String(record.key(), StandardCharsets.UTF_8)));
		}
	}

	private static String header(ConsumerRecord<?, ?> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

	private static KafkaConsumer<byte[], byte[]> consumer() {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LooplineInfrastructure.kafka().bootstrapServers());
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
		return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
	}

}
