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
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.loopline.contracts.CloudEventHeaders;
import dev.loopline.contracts.EventCodec;
import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.Topics;
import dev.loopline.contracts.ValidatedRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
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

	private static final EventCodec CODEC = new EventCodec();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String jdbcUrl;

	private final String bootstrap;

	FeatureData(String jdbcUrl, String bootstrap) {
		this.jdbcUrl = jdbcUrl;
		this.bootstrap = bootstrap;
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
	 * Publishes the records (acks=all) and returns when the producer has them
	 * acknowledged.
	 */
	void publish(List<ValidatedRecord> records) {
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap, ProducerConfig.ACKS_CONFIG, "all",
						ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024),
				new StringSerializer(), new ByteArraySerializer())) {
			for (ValidatedRecord record : records) {
				ProducerRecord<String, byte[]> message = new ProducerRecord<>(Topics.RECORDS_VALIDATED, record.key(),
						CODEC.encode(record));
				CloudEventHeaders.bytesOf(record, CloudEventHeaders.source("bench"))
					.forEach((name, value) -> message.headers().add(name, value));
				producer.send(message);
			}
			producer.flush();
		}
	}

	/** Waits until the offline store holds {@code expected} rows of the dataset. */
	boolean awaitOffline(long expected, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl);
				PreparedStatement count = connection
					.prepareStatement("select count(*) from features.offline_record where dataset = ?")) {
			count.setString(1, DATASET);
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

	/** Waits until no entity is due for an online refresh any more. */
	boolean awaitOnline(Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl);
				PreparedStatement count = connection.prepareStatement("select count(*) from features.online_pending")) {
			while (System.nanoTime() < deadline) {
				try (ResultSet rows = count.executeQuery()) {
					rows.next();
					if (rows.getLong(1) == 0) {
						return true;
					}
				}
				Thread.sleep(20);
			}
		}
		return false;
	}

	/** Seconds to write the records as CSV and COPY them into a fresh scratch table. */
	double copyBaseline(List<ValidatedRecord> records) throws Exception {
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl);
				Statement statement = connection.createStatement()) {
			statement.execute("drop table if exists public.bench_copy");
			statement.execute("create table public.bench_copy (dataset text, entity_id text, record_id text,"
					+ " event_time timestamptz, ingested_at timestamptz, fields jsonb)");
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
				.copyIn("copy public.bench_copy from stdin (format csv)", new StringReader(csv.toString()));
			return (System.nanoTime() - start) / 1e9;
		}
	}

	private static String quote(String value) {
		return '"' + value.replace("\"", "\"\"") + '"';
	}

}
