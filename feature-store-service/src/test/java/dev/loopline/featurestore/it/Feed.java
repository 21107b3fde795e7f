package dev.loopline.featurestore.it;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.loopline.contracts.CloudEventHeaders;
import dev.loopline.contracts.EventCodec;
import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.Topics;
import dev.loopline.contracts.ValidatedRecord;
import dev.loopline.testkit.KafkaProbe;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Publishes ValidatedRecords the way validation does (real codec, CloudEvents headers)
 * and waits for the offline store to hold them. Records carry {@code customerId} (entity
 * key) and {@code ts} (event time) besides their values, as {@link #VIEW} expects.
 */
final class Feed {

	static final EventCodec CODEC = new EventCodec();

	static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");

	/** A view on a dataset with plain features and one aggregate of each function. */
	static final String VIEW = """
			{"ttl": "%s", "spec": {"name": "%s", "dataset": "%s", "entityKey": "customerId", "eventTimeField": "ts",
			 "features": [{"name": "amount", "source": "amount"}, {"name": "country", "source": "country"},
			   {"name": "n_1h", "aggregate": {"function": "count", "window": "PT1H"}},
			   {"name": "sum_1h", "aggregate": {"function": "sum", "source": "amount", "window": "PT1H"}},
			   {"name": "mean_1h", "aggregate": {"function": "mean", "source": "amount", "window": "PT1H"}},
			   {"name": "min_1h", "aggregate": {"function": "min", "source": "amount", "window": "PT1H"}},
			   {"name": "max_1h", "aggregate": {"function": "max", "source": "amount", "window": "PT1H"}},
			   {"name": "last_1h", "aggregate": {"function": "last", "source": "amount", "window": "PT1H"}}]}}""";

	private final KafkaProbe kafka;

	private final JdbcTemplate jdbc;

	Feed(KafkaProbe kafka, JdbcTemplate jdbc) {
		this.kafka = kafka;
		this.jdbc = jdbc;
	}

	static String view(String name, String dataset, String ttl) {
		return VIEW.formatted(ttl, name, dataset);
	}

	/**
	 * A record of an entity at {@code T0 + minutes} with an amount and optional label.
	 */
	static ValidatedRecord record(String dataset, String entity, Instant time, double amount, Object label) {
		Map<String, Object> fields = new HashMap<>(
				Map.of("customerId", entity, "ts", time.toString(), "amount", amount, "country", "DE"));
		if (label != null) {
			fields.put("fraud", label);
		}
		return new ValidatedRecord(EventMetadata.newCorrelation(), dataset, UUID.randomUUID().toString(), entity,
				"batch-1", 1, time, time, fields);
	}

	static Instant at(int minutes) {
		return T0.plus(Duration.ofMinutes(minutes));
	}

	void publish(ValidatedRecord... records) {
		for (ValidatedRecord record : records) {
			this.kafka.send(Topics.RECORDS_VALIDATED, record.key(), CODEC.encode(record),
					CloudEventHeaders.of(record, CloudEventHeaders.source("tests")));
		}
	}

	/** Publishes and waits until the dataset holds {@code expected} offline rows. */
	void publishAndAwait(long expected, ValidatedRecord... records) {
		publish(records);
		awaitRows(records[0].dataset(), expected);
	}

	void awaitRows(String dataset, long expected) {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rows(dataset)).isEqualTo(expected));
	}

	long rows(String dataset) {
		Long count = this.jdbc.queryForObject("select count(*) from features.offline_record where dataset = ?",
				Long.class, dataset);
		return (count != null) ? count : 0;
	}

}
