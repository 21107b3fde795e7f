package dev.loopline.ingestion;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.loopline.contracts.RawRecord;
import dev.loopline.testkit.KafkaProbe;
import dev.loopline.testkit.RealInfrastructure;
import dev.loopline.testkit.TestApiKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the publication after commit switched off, every landed row is left as if the
 * process had died after its commit: the outbox sweeper publishes it with its stored
 * event id. Then validation's verdicts feed the batch status, and a replay re-publishes
 * the batch (or its quarantined rows) with new event ids and a replay id.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=" + IngestionApplication.CONFIG_NAME,
				"loopline.ingestion.publish-after-commit=false", "loopline.ingestion.republish-after=1s",
				"loopline.ingestion.sweep-interval=500ms" })
@RealInfrastructure
class OutboxAndReplayIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	IngestionApi api;

	@BeforeEach
	void setUp() {
		this.api = new IngestionApi(this.port);
	}

	@Test
	void sweeperPublishesUnpublishedRowsWithTheirStoredEventIds() {
		String batchId = post("[{\"id\": \"s-1\"}, {\"id\": \"s-2\"}]");
		List<RawTopic.Published> published = RawTopic.await(batchId, (raw) -> batchId.equals(raw.batchId()), 2);
		for (RawTopic.Published record : published) {
			UUID stored = this.jdbc.queryForObject("select event_id from raw_record where record_id = ?", UUID.class,
					record.record().recordId());
			assertThat(record.record().metadata().eventId()).isEqualTo(stored);
			assertThat(record.ceId()).isEqualTo(stored.toString());
		}
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.jdbc.queryForObject(
					"select count(*) from raw_pending p join raw_record r on r.seq = p.seq where r.batch_id = ?",
					Long.class, batchId))
				.isZero());
	}

	@Test
	void tracksVerdictsAndReplaysTheBatchOrItsQuarantinedRows() {
		String batchId = post("[{\"id\": \"v-1\", \"amount\": 1}, {\"id\": \"q-1\"}]");
		List<RawTopic.Published> originals = RawTopic.await(batchId, (raw) -> batchId.equals(raw.batchId()), 2);
		try (KafkaProbe kafka = KafkaProbe.create()) {
			for (RawTopic.Published original : originals) {
				RawRecord raw = original.record();
				ValidationStandIn.send(kafka, raw.recordId().startsWith("v") ? ValidationStandIn.validated(raw)
						: ValidationStandIn.quarantined(raw));
			}
		}
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode status = this.api.getJson("/v1/batches/" + batchId);
			assertThat(status.get("validated").asInt()).isEqualTo(1);
			assertThat(status.get("quarantined").asInt()).isEqualTo(1);
			assertThat(status.get("pending").asInt()).isZero();
			assertThat(status.get("status").asString()).isEqualTo("COMPLETE");
		});
		assertThat(this.api.getJson("/v1/batches/" + batchId + "/records").findValuesAsString("outcome"))
			.containsExactlyInAnyOrder("VALIDATED", "QUARANTINED");

		JsonNode all = replay(batchId, "");
		assertThat(all.get("republished").asInt()).isEqualTo(2);
		String replayId = all.get("replayId").asString();
		List<RawTopic.Published> replayed = RawTopic.await(replayId,
				(raw) -> raw.replayId() != null && replayId.equals(raw.replayId().toString()), 2);
		assertThat(replayed).extracting((p) -> p.record().metadata().eventId())
			.doesNotContainAnyElementsOf(originals.stream().map((p) -> p.record().metadata().eventId()).toList());
		assertThat(replayed).extracting((p) -> p.record().batchId()).containsOnly(batchId);

		JsonNode quarantinedOnly = replay(batchId, "?outcome=quarantined");
		assertThat(quarantinedOnly.get("republished").asInt()).isEqualTo(1);
		String onlyId = quarantinedOnly.get("replayId").asString();
		assertThat(
				RawTopic.await(onlyId, (raw) -> raw.replayId() != null && onlyId.equals(raw.replayId().toString()), 1))
			.singleElement()
			.satisfies((p) -> assertThat(p.record().recordId()).isEqualTo("q-1"));
		assertThat(this.api
			.post("/v1/batches/" + batchId + "/replay", "application/json", HttpRequest.BodyPublishers.noBody(),
					TestApiKeys.INGEST)
			.statusCode()).isEqualTo(403);
	}

	private String post(String json) {
		HttpResponse<String> response = this.api.post("/v1/datasets/outbox/records?idField=id", "application/json",
				json);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return IngestionApi.json(response).get("batchId").asString();
	}

	private JsonNode replay(String batchId, String query) {
		HttpResponse<String> response = this.api.post("/v1/batches/" + batchId + "/replay" + query, "application/json",
				HttpRequest.BodyPublishers.noBody(), TestApiKeys.OPERATE);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return IngestionApi.json(response);
	}

}
