package dev.loopline.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.loopline.contracts.CloudEventHeaders;
import dev.loopline.contracts.EventCodec;
import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.Topics;
import dev.loopline.contracts.ValidatedRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.postgresql.PGConnection;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offline-store side of the feature benchmark: seeded ValidatedRecords of
 * {@code entities} customers over the last day, published to {@code records.validated} as
 * validation publishes them, the wait until the offline table holds them, and the
 * baseline: a plain {@code COPY} of the same rows into a scratch table.
 */
final class FeatureData {

	static final String DATASET = "bench-features";

	/** The feature store's consumer group (its application name). */
	private static final String GROUP = "feature-store-service";

	private static final EventCodec CODEC = new EventCodec();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String jdbcUrl;

	private final String bootstrap;

	private final String dataset;

	FeatureData(String jdbcUrl, String bootstrap, String dataset) {
		this.jdbcUrl = jdbcUrl;
		this.bootstrap = bootstrap;
		this.dataset = dataset;
	}

	static List<ValidatedRecord> records(String prefix, int count, int entities, long seed) {
		Random random = new Random(seed);
		Instant now = Instant.now();
		List<ValidatedRecord> records = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String entity = "c-" + (i % entities);
			Instant time = now.minus(Duration.ofSeconds(random.nextInt(86_400)));
			Map<String, Object> fields = Map.of("customerId", entity, "ts", time.toString(), "amount",
					Math.round(random.nextDouble() * 50_000) / 100.0, "items", 1 + random.nextInt(9), "country",
					List.of("DE", "FR", "IT", "ES").get(random.nextInt(4)), "fraud", random.nextInt(10) == 0);
			records.add(new ValidatedRecord(EventMetadata.newCorrelation(), DATASET, prefix + "-" + i, entity, "bench",
					1, time, now, fields));
		}
		return records;
	}

	/**
	 * The records as validation publishes them (key, JSON, CloudEvents headers), encoded
	 * before the clock starts: encoding is the producer's work, not the feature store's.
	 */
	static List<ProducerRecord<String, byte[]>> messages(List<ValidatedRecord> records) {
		List<ProducerRecord<String, byte[]>> messages = new ArrayList<>(records.size());
		for (ValidatedRecord record : records) {
			ProducerRecord<String, byte[]> message = new ProducerRecord<>(Topics.RECORDS_VALIDATED, record.key(),
					CODEC.encode(record));
			CloudEventHeaders.bytesOf(record, CloudEventHeaders.source("bench"))
				.forEach((name, value) -> message.headers().add(name, value));
			messages.add(message);
		}
		return messages;
	}

	/**
	 * Publishes the messages (acks=all) and returns when the producer has them
	 * acknowledged.
	 */
	void publish(List<ProducerRecord<String, byte[]>> messages) {
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap, ProducerConfig.ACKS_CONFIG, "all",
						ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024),
				new StringSerializer(), new ByteArraySerializer())) {
			messages.forEach(producer::send);
			producer.flush();
		}
	}

	/**
	 * Waits until the feature store has committed the offsets of everything published (it
	 * commits a poll only after the poll's transaction), then checks that the offline
	 * store holds {@code expected} rows of the dataset. The offsets are polled every 20
	 * ms rather than the table: a {@code count(*)} over the growing table that often
	 * would take a good share of the database's CPU from the materialization it measures.
	 */
	boolean awaitOffline(long expected, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap))) {
			Map<TopicPartition, Long> end = endOffsets(admin);
			while (System.nanoTime() < deadline && !committed(admin, end)) {
				Thread.sleep(20);
			}
		}
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl);
				PreparedStatement count = connection
					.prepareStatement("select count(*) from features.offline_record where dataset = ?")) {
			count.setString(1, this.dataset);
			while (System.nanoTime() < deadline) {
				try (ResultSet rows = count.executeQuery()) {
					rows.next();
					if (rows.getLong(1) >= expected) {
						return true;
					}
				}
				Thread.sleep(20);
			}
		}
		return false;
	}

	private static Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
		Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
		admin.describeTopics(List.of(Topics.RECORDS_VALIDATED))
			.allTopicNames()
			.get()
			.get(Topics.RECORDS_VALIDATED)
			.partitions()
			.forEach((partition) -> latest.put(new TopicPartition(Topics.RECORDS_VALIDATED, partition.partition()),
					OffsetSpec.latest()));
		Map<TopicPartition, Long> end = new HashMap<>();
		admin.listOffsets(latest).all().get().forEach((partition, info) -> end.put(partition, info.offset()));
		return end;
	}

	private static boolean committed(Admin admin, Map<TopicPartition, Long> end) throws Exception {
		Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
			.partitionsToOffsetAndMetadata()
			.get();
		return end.entrySet().stream().allMatch((partition) -> {
			OffsetAndMetadata offset = committed.get(partition.getKey());
			return (offset != null) ? offset.offset() >= partition.getValue() : partition.getValue() == 0;
		});
	}

	/** Waits until no entity is due for an online refresh any more. */
	boolean awaitOnline(Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl);
				PreparedStatement count = connection
					.prepareStatement("select exists (select 1 from features.online_pending)")) {
			while (System.nanoTime() < deadline) {
				try (ResultSet rows = count.executeQuery()) {
					rows.next();
					if (!rows.getBoolean(1)) {
						return true;
					}
				}
				Thread.sleep(20);
			}
		}
		return false;
	}

	/**
	 * Seconds to write the records as CSV and COPY them into a fresh scratch table: with
	 * the same columns and no index (the plain COPY of the goal), or {@code indexed} with
	 * the offline table's keys and indexes too (what the table itself has to maintain).
	 */
	double copyBaseline(List<ValidatedRecord> records, boolean indexed) throws Exception {
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl);
				Statement statement = connection.createStatement()) {
			statement.execute("drop table if exists public.bench_copy");
			statement.execute("create table public.bench_copy (" + (indexed ? "seq bigserial primary key, " : "")
					+ "dataset text, entity_id text, record_id text, event_time timestamptz, ingested_at timestamptz,"
					+ " fields jsonb" + (indexed ? ", unique (dataset, record_id))" : ")"));
			if (indexed) {
				statement.execute("create index on public.bench_copy (dataset, entity_id, event_time)");
				statement.execute("create index on public.bench_copy (dataset, event_time, seq)");
			}
			long start = System.nanoTime();
			StringBuilder csv = new StringBuilder(records.size() * 256);
			for (ValidatedRecord record : records) {
				csv.append(quote(record.dataset())).append(',').append(quote(record.entityId())).append(',');
				csv.append(quote(record.recordId())).append(',').append(record.eventTime()).append(',');
				csv.append(record.ingestedAt()).append(',').append(quote(JSON.writeValueAsString(record.fields())));
				csv.append('\n');
			}
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy public.bench_copy (dataset, entity_id, record_id, event_time, ingested_at, fields)"
						+ " from stdin (format csv)", new StringReader(csv.toString()));
			return (System.nanoTime() - start) / 1e9;
		}
	}

	private static String quote(String value) {
		return '"' + value.replace("\"", "\"\"") + '"';
	}

}
