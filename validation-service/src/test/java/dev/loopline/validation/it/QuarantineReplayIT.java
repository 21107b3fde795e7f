package dev.loopline.validation.it;

import java.util.Map;

import dev.loopline.contracts.QuarantinedRecord;
import dev.loopline.contracts.RawRecord;
import dev.loopline.contracts.Topics;
import dev.loopline.contracts.ValidatedRecord;
import dev.loopline.testkit.KafkaProbe;
import dev.loopline.testkit.RealInfrastructure;
import dev.loopline.testkit.TestApiKeys;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quarantine, fix the contract, replay: the records that now pass go on as
 * ValidatedRecords of the same batch, the others stay with refreshed violations.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=validation-service")
@RealInfrastructure
class QuarantineReplayIT {

	static final String SENSORS = """
			{"fields": [{"name": "sensor_id", "type": "string", "required": true},
			            {"name": "temperature", "type": "number", "required": true}],
			 "entityKey": "sensor_id",
			 "expectations": [{"kind": "between", "field": "temperature", "min": -20, "max": %s}]}""";

	@Value("${local.server.port}")
	int port;

	@Test
	void releasesRecordsThatPassTheFixedContract() {
		Api api = new Api(this.port);
		api.putContract("sensors", SENSORS.formatted(40));
		RawRecord warm = Records.raw("sensors", Map.of("sensor_id", "s-1", "temperature", "45.5"));
		RawRecord hot = Records.raw("sensors", Map.of("sensor_id", "s-2", "temperature", 95));
		try (KafkaProbe kafka = KafkaProbe.create()) {
			Records.publish(kafka, warm);
			Records.publish(kafka, hot);
			for (RawRecord raw : new RawRecord[] { warm, hot }) {
				Records.await(kafka, Topics.RECORDS_QUARANTINED, QuarantinedRecord.class,
						(record) -> record.recordId().equals(raw.recordId()));
			}
			assertThat(api.post("/v1/quarantine/replay", TestApiKeys.READ, "{\"dataset\":\"sensors\"}").status())
				.isEqualTo(403);
			api.putContract("sensors", SENSORS.formatted(60));

			JsonNode result = api
				.post("/v1/quarantine/replay", TestApiKeys.OPERATE, "{\"dataset\":\"sensors\",\"rule\":\"between\"}")
				.json();
			assertThat(result.get("checked").asInt()).isEqualTo(2);
			assertThat(result.get("released").asInt()).isEqualTo(1);
			assertThat(result.get("stillQuarantined").asInt()).isEqualTo(1);

			ValidatedRecord released = Records.await(kafka, Topics.RECORDS_VALIDATED, ValidatedRecord.class,
					(record) -> record.recordId().equals(warm.recordId()));
			assertThat(released.batchId()).isEqualTo(warm.batchId());
			assertThat(released.contractVersion()).isEqualTo(2);
			assertThat(released.fields()).containsEntry("temperature", 45.5);
			assertThat(released.metadata().correlationId()).isEqualTo(warm.metadata().correlationId());

			JsonNode page = api.get("/v1/quarantine?dataset=sensors", TestApiKeys.READ).json();
			JsonNode stillHot = page.get("items")
				.valueStream()
				.filter((item) -> item.get("recordId").asString().equals(hot.recordId()))
				.findFirst()
				.orElseThrow();
			assertThat(stillHot.path("releasedAt").isNull() || stillHot.path("releasedAt").isMissingNode()).isTrue();
			assertThat(stillHot.get("contractVersion").asInt()).isEqualTo(2);
			assertThat(stillHot.at("/violations/0/message").asString()).contains("maximum 60");

			JsonNode again = api.post("/v1/quarantine/replay", TestApiKeys.OPERATE, "{\"dataset\":\"sensors\"}").json();
			assertThat(again.get("checked").asInt()).isEqualTo(1);
			assertThat(again.get("released").asInt()).isZero();
		}
	}

	@Test
	void needsADatasetToReplay() {
		Api.Response response = new Api(this.port).post("/v1/quarantine/replay", TestApiKeys.OPERATE, "{}");
		assertThat(response.status()).isEqualTo(400);
	}

}
