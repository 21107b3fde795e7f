package dev.loopline.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jspecify.annotations.Nullable;

/**
 * Counts the records that arrive on some topics from now on, and notes when each topic
 * reached a given count. One consumer without a group, assigned to every partition at its
 * end offset, so it sees only what the benchmark causes.
 */
final class TopicCounter implements AutoCloseable {

	private final KafkaConsumer<byte[], byte[]> consumer;

	private final Map<String, Long> counts = new HashMap<>();

	private final Map<String, Long> reachedAt = new HashMap<>();

	TopicCounter(String bootstrapServers, List<String> topics) {
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000, ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024),
				new ByteArrayDeserializer(), new ByteArrayDeserializer());
		List<TopicPartition> partitions = new ArrayList<>();
		for (String topic : topics) {
			this.consumer.partitionsFor(topic, Duration.ofSeconds(30))
				.forEach((info) -> partitions.add(new TopicPartition(topic, info.partition())));
			this.counts.put(topic, 0L);
		}
		this.consumer.assign(partitions);
		this.consumer.seekToEnd(partitions);
		// resolve the end offsets now, before anything is produced
		partitions.forEach(this.consumer::position);
	}

	/**
	 * Polls until {@code done} holds for the counts or the timeout passes, noting the
	 * time (nanoTime) at which each topic first reached {@code target}.
	 * @return whether {@code done} held before the timeout
	 */
	boolean awaitCounts(long target, Predicate<Map<String, Long>> done, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!done.test(this.counts) && System.nanoTime() < deadline) {
			for (ConsumerRecord<byte[], byte[]> record : this.consumer.poll(Duration.ofMillis(100))) {
				long count = this.counts.merge(record.topic(), 1L, Long::sum);
				if (count == target) {
					this.reachedAt.put(record.topic(), System.nanoTime());
				}
			}
		}
		return done.test(this.counts);
	}

	long count(String topic) {
		return this.counts.getOrDefault(topic, 0L);
	}

	@Nullable Long reachedAt(String topic) {
		return this.reachedAt.get(topic);
	}

	@Override
	public void close() {
		this.consumer.close();
	}

}
