package dev.loopline.validation.it;

import java.time.Instant;
import java.util.Map;

import dev.loopline.contracts.QuarantinedRecord;
import dev.loopline.contracts.RawRecord;
import dev.loopline.contracts.Topics;
import dev.loopline.contracts.ValidatedRecord;
import dev.loopline.contracts.Violation;
import dev.loopline.testkit.KafkaProbe;
import dev.loopline.testkit.RealInfrastructure;
import dev.loopline.testkit.TestApiKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Records through the service: valid ones come out coerced as ValidatedRecords, invalid
 * ones as QuarantinedRecords with every violation and a browsable row, records of a
 * dataset without a contract are quarantined as {@code unknown_dataset}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=validation-service")
@RealInfrastructure
class ValidationFlowIT {

	static final String PAYMENTS = """
			{"fields": [{"name": "payment_id", "type": "string", "required": true},
			            {"name": "amount", "type": "number", "required": true},
			            {"name": "country", "type": "categorical"},
			            {"name": "paid_at", "type": "timestamp", "required": true},
			            {"name": "card", "type": "boolean"}],
			 "entityKey": "payment_id", "eventTime": "paid_at",
			 "expectations": [{"kind": "between", "field": "amount", "min": 0, "max": 1000},
			                  {"kind": "in_set", "field": "country", "values": ["DE", "FR"]}]}""";

	@Value("${local.server.port}")
	int port;

	Api api;

	@BeforeEach
	void contract() {
		this.api = new Api(this.port);
		this.api.putContract("payments", PAYMENTS);
	}

	@Test
	void publishesAValidRecordWithCoercedFields() {
		RawRecord raw = Records.raw("payments", Map.of("payment_id", "p-1", "amount", "12.5", "country", "DE",
				"paid_at", "2026-01-15T09:30:00Z", "card", "true"));
		try (KafkaProbe kafka = KafkaProbe.create()) {
			Records.publish(kafka, raw);
			ValidatedRecord validated = Records.await(kafka, Topics.RECORDS_VALIDATED, ValidatedRecord.class,
					(record) -> record.recordId().equals(raw.recordId()));
			assertThat(validated.fields()).containsEntry("amount", 12.5).containsEntry("card", true);
			assertThat(validated.entityId()).isEqualTo("p-1");
			assertThat(validated.eventTime()).isEqualTo(Instant.parse("2026-01-15T09:30:00Z"));
			assertThat(validated.contractVersion()).isEqualTo(1);
			assertThat(validated.batchId()).isEqualTo(raw.batchId());
			assertThat(validated.ingestedAt()).isEqualTo(raw.ingestedAt());
			assertThat(validated.metadata().correlationId()).isEqualTo(raw.metadata().correlationId());
			assertThat(validated.key()).isEqualTo("payments:p-1");
		}
	}

	@Test
	void quarantinesAnInvalidRecordWithEveryViolation() {
		RawRecord raw = Records.raw("payments",
				Map.of("payment_id", "p-2", "amount", "2000", "country", "IT", "card", "maybe"));
		try (KafkaProbe kafka = KafkaProbe.create()) {
			Records.publish(kafka, raw);
			QuarantinedRecord quarantined = Records.await(kafka, Topics.RECORDS_QUARANTINED, QuarantinedRecord.class,
					(record) -> record.recordId().equals(raw.recordId()));
			assertThat(quarantined.violations()).extracting(Violation::rule, Violation::field)
				.containsExactlyInAnyOrder(tuple("required", "paid_at"), tuple("type", "card"),
						tuple("between", "amount"), tuple("in_set", "country"));
			assertThat(quarantined.contractVersion()).isEqualTo(1);
			assertThat(quarantined.fields()).isEqualTo(raw.fields());

			JsonNode item = this.api.get("/v1/quarantine/" + quarantined.metadata().eventId(), TestApiKeys.READ).json();
			assertThat(item.get("recordId").asString()).isEqualTo(raw.recordId());
			assertThat(item.get("violations").size()).isEqualTo(4);
			assertBrowse("?dataset=payments&rule=in_set&batch=" + raw.batchId(), 1);
			assertBrowse("?dataset=payments&rule=regex&batch=" + raw.batchId(), 0);
			assertBrowse("?dataset=orders&batch=" + raw.batchId(), 0);
			assertBrowse("?batch=" + raw.batchId() + "&from=2020-01-01T00:00:00Z&to=2100-01-01T00:00:00Z", 1);
			assertBrowse("?batch=" + raw.batchId() + "&to=2020-01-01T00:00:00Z", 0);
		}
	}

	@Test
	void quarantinesARecordOfADatasetWithoutContract() {
		RawRecord raw = Records.raw("no-contract", Map.of("x", 1));
		try (KafkaProbe kafka = KafkaProbe.create()) {
			Records.publish(kafka, raw);
			QuarantinedRecord quarantined = Records.await(kafka, Topics.RECORDS_QUARANTINED, QuarantinedRecord.class,
					(record) -> record.recordId().equals(raw.recordId()));
			assertThat(quarantined.violations()).extracting(Violation::rule).containsExactly("unknown_dataset");
			assertThat(quarantined.contractVersion()).isNull();
			assertBrowse("?dataset=no-contract&rule=unknown_dataset", 1);
		}
	}

	@Test
	void answersBrowseErrorsWithProblems() {
		assertThat(this.api.get("/v1/quarantine/not-a-uuid", TestApiKeys.READ).status()).isEqualTo(400);
		assertThat(this.api.get("/v1/quarantine/" + java.util.UUID.randomUUID(), TestApiKeys.READ).status())
			.isEqualTo(404);
		assertThat(this.api.get("/v1/quarantine?size=0", TestApiKeys.READ).status()).isEqualTo(400);
	}

	private void assertBrowse(String query, int expected) {
		JsonNode page = this.api.get("/v1/quarantine" + query, TestApiKeys.READ).json();
		assertThat(page.get("total").asLong()).as(query).isEqualTo(expected);
		assertThat(page.get("items").size()).as(query).isEqualTo(expected);
	}

}
