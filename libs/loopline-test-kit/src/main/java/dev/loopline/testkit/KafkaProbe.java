package dev.loopline.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Publishes records to and awaits records from a real Kafka broker in tests.
 * <p>
 * Sends are synchronous (they return once the broker acknowledged). Each await reads
 * every partition of the topic from the earliest offset with a fresh consumer, so it sees
 * records published before the call as well as after it, and fails with an
 * {@link AssertionError} that lists what was on the topic.
 *
 * <pre class="code">
 * try (KafkaProbe kafka = KafkaProbe.create()) {
 *     kafka.send("loopline.records.raw", "orders:42", json, Map.of("ce_type", "RawRecord"));
 *     ConsumerRecord&lt;String, String&gt; validated = kafka.awaitRecord("loopline.records.validated",
 *             (record) -&gt; "orders:42".equals(record.key()), Duration.ofSeconds(10));
 * }
 * </pre>
 */
public final class KafkaProbe implements AutoCloseable {

	private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

	private static final Duration POLL = Duration.ofMillis(100);

	private static final int MAX_LISTED_RECORDS = 20;

	private static final int MAX_LISTED_VALUE_LENGTH = 200;

	private final String bootstrapServers;

	private @Nullable KafkaProducer<String, byte[]> producer;

	/**
	 * Create a probe for the given broker.
	 * @param bootstrapServers the broker's {@code bootstrap.servers}
	 */
	public KafkaProbe(String bootstrapServers) {
		this.bootstrapServers = bootstrapServers;
	}

	/**
	 * Create a probe for the test broker of {@link LooplineInfrastructure#kafka()},
	 * starting it if needed.
	 * @return the probe
	 */
	public static KafkaProbe create() {
		return new KafkaProbe(LooplineInfrastructure.kafka().bootstrapServers());
	}

	/**
	 * The broker this probe talks to.
	 * @return the {@code bootstrap.servers}
	 */
	public String bootstrapServers() {
		return this.bootstrapServers;
	}

	/**
	 * Create topics with the broker's default partitions; topics that already exist are
	 * left as they are.
	 * @param topics the topic names
	 */
	public void createTopics(String... topics) {
		Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		try (Admin admin = Admin.create(config)) {
			List<NewTopic> newTopics = Arrays.stream(topics)
				.map((topic) -> new NewTopic(topic, Optional.empty(), Optional.empty()))
				.toList();
			admin.createTopics(newTopics).values().forEach((topic, result) -> {
				try {
					result.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
				}
				catch (ExecutionException ex) {
					if (!(ex.getCause() instanceof TopicExistsException)) {
						throw new IllegalStateException("Could not create topic '" + topic + "'", ex.getCause());
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while creating topic '" + topic + "'", ex);
				}
				catch (TimeoutException ex) {
					throw new IllegalStateException("Timed out creating topic '" + topic + "'", ex);
				}
			});
		}
	}

	/**
	 * Publish a record without headers and wait for the acknowledgement.
	 * @param topic the topic
	 * @param key the key, may be {@code null}
	 * @param value the value as UTF-8 text, may be {@code null} (a tombstone)
	 * @return where the record was written
	 */
	public RecordMetadata send(String topic, @Nullable String key, @Nullable String value) {
		return send(topic, key, value, Map.of());
	}

	/**
	 * Publish a record and wait for the acknowledgement.
	 * @param topic the topic
	 * @param key the key, may be {@code null}
	 * @param value the value as UTF-8 text, may be {@code null} (a tombstone)
	 * @param headers the headers, values written as UTF-8
	 * @return where the record was written
	 */
	public RecordMetadata send(String topic, @Nullable String key, @Nullable String value,
			Map<String, String> headers) {
		return send(topic, key, (value != null) ? value.getBytes(StandardCharsets.UTF_8) : null, headers);
	}

	/**
	 * Publish a record with a binary value and wait for the acknowledgement.
	 * @param topic the topic
	 * @param key the key, may be {@code null}
	 * @param value the value, may be {@code null} (a tombstone)
	 * @param headers the headers, values written as UTF-8
	 * @return where the record was written
	 */
	public RecordMetadata send(String topic, @Nullable String key, byte @Nullable [] value,
			Map<String, String> headers) {
		List<Header> recordHeaders = headers.entrySet()
			.stream()
			.map((header) -> (Header) new RecordHeader(header.getKey(),
					header.getValue().getBytes(StandardCharsets.UTF_8)))
			.toList();
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, key, value, recordHeaders);
		try {
			return producer().send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not send to topic '" + topic + "'", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while sending to topic '" + topic + "'", ex);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException(
					"No acknowledgement from the broker for topic '" + topic + "' within " + SEND_TIMEOUT, ex);
		}
	}

	/**
	 * Wait for the first record on the topic that matches.
	 * @param topic the topic
	 * @param match what the record must satisfy
	 * @param timeout how long to wait
	 * @return the first matching record
	 * @throws AssertionError if no record matched in time; the message lists the records
	 * seen on the topic
	 */
	public ConsumerRecord<String, String> awaitRecord(String topic, Predicate<ConsumerRecord<String, String>> match,
			Duration timeout) {
		return awaitOnTopic(topic, timeout, "a record matching the predicate",
				(seen) -> seen.stream().filter(match).findFirst().orElse(null));
	}

	/**
	 * Wait until the topic holds at least {@code count} records.
	 * @param topic the topic
	 * @param count how many records to wait for
	 * @param timeout how long to wait
	 * @return the first {@code count} records read (in the order of each partition)
	 * @throws AssertionError if fewer records arrived in time; the message lists them
	 */
	public List<ConsumerRecord<String, String>> awaitRecords(String topic, int count, Duration timeout) {
		return awaitOnTopic(topic, timeout, count + " record(s)",
				(seen) -> (seen.size() >= count) ? List.copyOf(seen.subList(0, count)) : null);
	}

	/**
	 * Wait until the topic holds at least {@code count} records that match, on a topic
	 * other tests write to as well.
	 * @param topic the topic
	 * @param match what the records must satisfy
	 * @param count how many matching records to wait for
	 * @param timeout how long to wait
	 * @return the first {@code count} matching records (in the order of each partition)
	 * @throws AssertionError if fewer matched in time; the message lists the records seen
	 */
	public List<ConsumerRecord<String, String>> awaitRecords(String topic,
			Predicate<ConsumerRecord<String, String>> match, int count, Duration timeout) {
		return awaitOnTopic(topic, timeout, count + " matching record(s)", (seen) -> {
			List<ConsumerRecord<String, String>> matching = seen.stream().filter(match).toList();
			return (matching.size() >= count) ? List.copyOf(matching.subList(0, count)) : null;
		});
	}

	/**
	 * The value of the last header with the given name, read as UTF-8.
	 * @param record the record
	 * @param name the header name
	 * @return the header value, or {@code null} if there is no such header
	 */
	public static @Nullable String headerValue(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		if (header == null || header.value() == null) {
			return null;
		}
		return new String(header.value(), StandardCharsets.UTF_8);
	}

	/**
	 * All headers of a record, read as UTF-8 (the last value wins for repeated names).
	 * @param record the record
	 * @return the headers by name, in record order
	 */
	public static Map<String, String> headers(ConsumerRecord<?, ?> record) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (Header header : record.headers()) {
			headers.put(header.key(),
					(header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : "null");
		}
		return headers;
	}

	@Override
	public void close() {
		if (this.producer != null) {
			this.producer.close(Duration.ofSeconds(5));
			this.producer = null;
		}
	}

	private synchronized KafkaProducer<String, byte[]> producer() {
		if (this.producer == null) {
			Properties config = new Properties();
			config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
			config.put(ProducerConfig.ACKS_CONFIG, "all");
			config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
			config.put(ProducerConfig.CLIENT_ID_CONFIG, "loopline-probe-producer-" + UUID.randomUUID());
			this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
		}
		return this.producer;
	}

	private KafkaConsumer<String, String> newConsumer() {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		config.put(ConsumerConfig.GROUP_ID_CONFIG, "loopline-probe-" + UUID.randomUUID());
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		// probing must not create a topic with default settings before its owner does
		config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
	}

	private <T> T awaitOnTopic(String topic, Duration timeout, String expectation,
			Function<List<ConsumerRecord<String, String>>, @Nullable T> result) {
		List<ConsumerRecord<String, String>> seen = new ArrayList<>();
		List<T> found = new ArrayList<>(1);
		try (KafkaConsumer<String, String> consumer = newConsumer()) {
			try {
				Awaitility.await("Kafka probe on topic '" + topic + "'")
					.atMost(timeout)
					.pollInSameThread()
					.pollDelay(Duration.ZERO)
					.pollInterval(Duration.ofMillis(20))
					.until(() -> {
						if (consumer.assignment().isEmpty()) {
							assignAllPartitions(consumer, topic);
						}
						if (!consumer.assignment().isEmpty()) {
							consumer.poll(POLL).forEach(seen::add);
						}
						T value = result.apply(seen);
						if (value != null) {
							found.add(value);
						}
						return value != null;
					});
			}
			catch (ConditionTimeoutException ex) {
				throw new AssertionError(
						timeoutMessage(topic, timeout, expectation, seen, !consumer.assignment().isEmpty()), ex);
			}
		}
		return found.get(0);
	}

	private static void assignAllPartitions(KafkaConsumer<String, String> consumer, String topic) {
		List<PartitionInfo> partitions;
		try {
			partitions = consumer.partitionsFor(topic, POLL);
		}
		catch (org.apache.kafka.common.errors.TimeoutException ex) {
			return;
		}
		if (partitions != null && !partitions.isEmpty()) {
			List<TopicPartition> topicPartitions = partitions.stream()
				.map((partition) -> new TopicPartition(topic, partition.partition()))
				.toList();
			consumer.assign(topicPartitions);
			consumer.seekToBeginning(topicPartitions);
		}
	}

	private static String timeoutMessage(String topic, Duration timeout, String expectation,
			List<ConsumerRecord<String, String>> seen, boolean topicFound) {
		StringBuilder message = new StringBuilder();
		message.append("Expected ")
			.append(expectation)
			.append(" on topic '")
			.append(topic)
			.append("' within ")
			.append(timeout.toMillis())
			.append(" ms, but ");
		if (!topicFound) {
			return message.append("the topic does not exist (no partitions found)").toString();
		}
		message.append("saw ").append(seen.size()).append(" record(s)");
		if (seen.isEmpty()) {
			return message.toString();
		}
		message.append(':');
		seen.stream()
			.limit(MAX_LISTED_RECORDS)
			.forEach((record) -> message.append(System.lineSeparator()).append("  ").append(describe(record)));
		if (seen.size() > MAX_LISTED_RECORDS) {
			message.append(System.lineSeparator())
				.append("  ... and ")
				.append(seen.size() - MAX_LISTED_RECORDS)
				.append(" more");
		}
		return message.toString();
	}

	private static String describe(ConsumerRecord<String, String> record) {
		String value = record.value();
		if (value != null && value.length() > MAX_LISTED_VALUE_LENGTH) {
			value = value.substring(0, MAX_LISTED_VALUE_LENGTH) + "...";
		}
		String headers = headers(record).entrySet()
			.stream()
			.map((header) -> header.getKey() + "=" + header.getValue())
			.collect(Collectors.joining(", ", "{", "}"));
		return "partition " + record.partition() + " offset " + record.offset() + " key=" + record.key() + " value="
				+ value + " headers=" + headers;
	}

}
