package dev.loopline.validation.it;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Record identity: a record id seen again in another event is a duplicate, a replayed
 * record (replayId) is not, and a redelivered event gives the same output event id and
 * one quarantine row.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=validation-service")
@RealInfrastructure
class UniquenessIT {

	static final String CLICKS = """
			{"fields": [{"name": "user", "type": "string", "required": true},
			            {"name": "page", "type": "string", "required": true}],
			 "entityKey": "user", "expectations": [{"kind": "unique"}]}""";

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void contract() {
		new Api(this.port).putContract("clicks", CLICKS);
	}

	@Test
	void quarantinesADuplicateRecordIdButNotAReplay() {
		RawRecord first = Records.raw("clicks", Map.of("user", "u-1", "page", "/home"));
		RawRecord duplicate = copy(first, EventMetadata.newCorrelation(), null);
		RawRecord replayed = copy(first, EventMetadata.newCorrelation(), UUID.randomUUID());
		try (KafkaProbe kafka = KafkaProbe.create()) {
			Records.publish(kafka, first);
			Records.await(kafka, Topics.RECORDS_VALIDATED, ValidatedRecord.class,
					(r) -> r.recordId().equals(first.recordId()));
			Records.publish(kafka, duplicate);
			QuarantinedRecord quarantined = Records.await(kafka, Topics.RECORDS_QUARANTINED, QuarantinedRecord.class,
					(record) -> record.recordId().equals(first.recordId()));
			assertThat(quarantined.violations()).extracting(Violation::rule).containsExactly("unique");
			Records.publish(kafka, replayed);
			ValidatedRecord fromReplay = Records.await(kafka, Topics.RECORDS_VALIDATED, ValidatedRecord.class,
					(record) -> record.metadata().correlationId().equals(replayed.metadata().correlationId()));
			assertThat(fromReplay.recordId()).isEqualTo(first.recordId());
		}
	}

	@Test
	void givesARedeliveredEventTheSameOutputIds() {
		RawRecord valid = Records.raw("clicks", Map.of("user", "u-2", "page", "/cart"));
		RawRecord invalid = Records.raw("clicks", Map.of("user", "u-3"));
		try (KafkaProbe kafka = KafkaProbe.create()) {
			for (int i = 0; i < 2; i++) {
				Records.publish(kafka, valid);
				Records.publish(kafka, invalid);
			}
			await().atMost(Records.TIMEOUT).untilAsserted(() -> {
				List<ValidatedRecord> validated = Records.all(kafka, Topics.RECORDS_VALIDATED, ValidatedRecord.class,
						(record) -> record.recordId().equals(valid.recordId()));
				List<QuarantinedRecord> quarantined = Records.all(kafka, Topics.RECORDS_QUARANTINED,
						QuarantinedRecord.class, (record) -> record.recordId().equals(invalid.recordId()));
				assertThat(validated).hasSize(2);
				assertThat(validated.get(0).metadata().eventId()).isEqualTo(validated.get(1).metadata().eventId());
				assertThat(quarantined).hasSize(2);
				assertThat(quarantined.get(0).metadata().eventId()).isEqualTo(quarantined.get(1).metadata().eventId());
			});
			assertThat(this.jdbc.sql("select count(*) from quarantined_record where record_id = ?")
				.param(invalid.recordId())
				.query(Long.class)
				.single()).isEqualTo(1);
		}
	}

	private static RawRecord copy(RawRecord record, EventMetadata metadata, UUID replayId) {
		return new RawRecord(metadata, record.dataset(), record.recordId(), record.entityId(), record.batchId(),
				record.ingestedAt(), record.source(), record.fields(), replayId);
	}

}
