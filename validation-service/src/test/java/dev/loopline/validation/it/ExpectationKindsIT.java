package dev.loopline.validation.it;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.loopline.contracts.DataQualityDegraded;
import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.QuarantinedRecord;
import dev.loopline.contracts.RawRecord;
import dev.loopline.contracts.Topics;
import dev.loopline.contracts.ValidatedRecord;
import dev.loopline.contracts.Violation;
import dev.loopline.testkit.KafkaProbe;
import dev.loopline.testkit.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every expectation kind on the real broker and database: a record that breaks exactly
 * one record-level rule is quarantined with that rule alone, and a window that breaks
 * every dataset-level rule raises one alert per rule while all its records flow on.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=validation-service")
@RealInfrastructure
class ExpectationKindsIT {

	static final String READINGS = """
			{"fields": [{"name": "id", "type": "string", "required": true},
			            {"name": "temp", "type": "number", "required": true},
			            {"name": "level", "type": "integer"},
			            {"name": "code", "type": "categorical"},
			            {"name": "note", "type": "string"},
			            {"name": "at", "type": "timestamp", "required": true}],
			 "entityKey": "id", "eventTime": "at",
			 "expectations": [{"kind": "between", "field": "temp", "min": -50, "max": 60},
			                  {"kind": "in_set", "field": "code", "values": ["A", "B"]},
			                  {"kind": "regex", "field": "id", "pattern": "r-[0-9]+"},
			                  {"kind": "length", "field": "note", "max": 5},
			                  {"kind": "unique"},
			                  {"kind": "not_in_future", "field": "at", "skew": "PT1M"},
			                  {"kind": "not_older_than", "field": "at", "maxAge": "P365D"}]}""";

	static final String GAUGES = """
			{"fields": [{"name": "id", "type": "string", "required": true},
			            {"name": "temp", "type": "number", "required": true},
			            {"name": "code", "type": "categorical"},
			            {"name": "flag", "type": "boolean"}],
			 "entityKey": "id", "window": {"records": 10},
			 "expectations": [{"kind": "null_rate", "field": "flag", "max": 0.1},
			                  {"kind": "row_count", "min": 11},
			                  {"kind": "mean_between", "field": "temp", "min": 0, "max": 10},
			                  {"kind": "stddev_between", "field": "temp", "min": 0, "max": 1},
			                  {"kind": "distinct_count_between", "field": "code", "min": 1, "max": 1},
			                  {"kind": "quantile_between", "field": "temp", "quantile": 0.5, "min": 0, "max": 10}]}""";

	@Value("${local.server.port}")
	int port;

	@BeforeEach
	void contracts() {
		Api api = new Api(this.port);
		api.putContract("readings", READINGS);
		api.putContract("gauges", GAUGES);
	}

	static Stream<Arguments> brokenRecords() {
		Instant now = Instant.now();
		return Stream.of(Arguments.of("required", Map.of("temp", 20)), Arguments.of("type", Map.of("level", "high")),
				Arguments.of("between", Map.of("temp", 99.5)), Arguments.of("in_set", Map.of("code", "Z")),
				Arguments.of("regex", Map.of("id", "x-1")), Arguments.of("length", Map.of("note", "too long")),
				Arguments.of("not_in_future", Map.of("at", now.plus(1, ChronoUnit.HOURS).toString())),
				Arguments.of("not_older_than", Map.of("at", now.minus(400, ChronoUnit.DAYS).toString())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenRecords")
	void quarantinesARecordBreakingOneRuleWithThatRuleAlone(String rule, Map<String, Object> change) {
		Map<String, Object> fields = new HashMap<>(validReading());
		fields.putAll(change);
		if (rule.equals("required")) {
			fields.remove("at");
		}
		RawRecord raw = Records.raw("readings", fields);
		try (KafkaProbe kafka = KafkaProbe.create()) {
			Records.publish(kafka, raw);
			QuarantinedRecord quarantined = Records.await(kafka, Topics.RECORDS_QUARANTINED, QuarantinedRecord.class,
					(record) -> record.recordId().equals(raw.recordId()));
			assertThat(quarantined.violations()).extracting(Violation::rule).containsExactly(rule);
		}
	}

	@Test
	void quarantinesARecordIdSeenBeforeAsNotUnique() {
		RawRecord first = Records.raw("readings", validReading());
		RawRecord again = new RawRecord(EventMetadata.newCorrelation(), first.dataset(), first.recordId(), null,
				first.batchId(), first.ingestedAt(), first.source(), first.fields(), null);
		try (KafkaProbe kafka = KafkaProbe.create()) {
			Records.publish(kafka, first);
			Records.await(kafka, Topics.RECORDS_VALIDATED, ValidatedRecord.class,
					(record) -> record.recordId().equals(first.recordId()));
			Records.publish(kafka, again);
			QuarantinedRecord quarantined = Records.await(kafka, Topics.RECORDS_QUARANTINED, QuarantinedRecord.class,
					(record) -> record.recordId().equals(first.recordId()));
			assertThat(quarantined.violations()).extracting(Violation::rule).containsExactly("unique");
		}
	}

	@Test
	void raisesOneAlertPerBrokenWindowRuleAndLetsEveryRecordThrough() {
		try (KafkaProbe kafka = KafkaProbe.create()) {
			for (int i = 0; i < 10; i++) {
				// temps 20..29: mean, median and stddev out of bounds; codes A and B;
				// half
				// the flags null; a window of 10 rows is fewer than the 11 required
				Map<String, Object> fields = new HashMap<>(
						Map.of("id", "g-" + i, "temp", 20 + i, "code", (i % 2 == 0) ? "A" : "B"));
				if (i % 2 == 0) {
					fields.put("flag", true);
				}
				Records.publish(kafka, Records.raw("gauges", fields));
			}
			await().atMost(Records.TIMEOUT)
				.untilAsserted(() -> assertThat(Records.all(kafka, Topics.RECORDS_VALIDATED, ValidatedRecord.class,
						(record) -> record.dataset().equals("gauges")))
					.hasSize(10));
			await().atMost(Records.TIMEOUT)
				.untilAsserted(() -> assertThat(alertRules(kafka)).containsExactlyInAnyOrder("null_rate", "row_count",
						"mean_between", "stddev_between", "distinct_count_between", "quantile_between"));
		}
	}

	private static List<String> alertRules(KafkaProbe kafka) {
		return Records
			.all(kafka, Topics.MONITORING_ALERTS, DataQualityDegraded.class,
					(alert) -> alert.dataset().equals("gauges"))
			.stream()
			.map(DataQualityDegraded::rule)
			.toList();
	}

	private static Map<String, Object> validReading() {
		return Map.of("id", "r-" + System.nanoTime(), "temp", 21.5, "level", 3, "code", "A", "note", "ok", "at",
				Instant.now().minus(1, ChronoUnit.HOURS).toString());
	}

}
