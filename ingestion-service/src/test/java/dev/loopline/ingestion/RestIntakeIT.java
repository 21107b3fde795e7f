package dev.loopline.ingestion;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import dev.loopline.contracts.RawRecord;
import dev.loopline.contracts.RecordSource;
import dev.loopline.testkit.RealInfrastructure;
import dev.loopline.testkit.TestApiKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * JSON and NDJSON requests land their records and publish them as RawRecords; the same
 * record sent twice is landed and published once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=" + IngestionApplication.CONFIG_NAME)
@RealInfrastructure
class RestIntakeIT {

	@LocalServerPort
	int port;

	IngestionApi api;

	@BeforeEach
	void setUp() {
		this.api = new IngestionApi(this.port);
	}

	@Test
	void publishesOneObjectAsARawRecordWithItsIdsAndCorrelation() {
		HttpResponse<String> response = this.api.send(this.api
			.request("/v1/datasets/rest-orders/records?idField=id&entityField=customer", TestApiKeys.INGEST)
			.header("Content-Type", "application/json")
			.header("X-Correlation-Id", "corr-rest-1")
			.POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"o-1\", \"customer\": \"c-7\", \"amount\": 12.5}"))
			.build());
		assertThat(response.statusCode()).isEqualTo(202);
		JsonNode body = IngestionApi.json(response);
		String batchId = body.get("batchId").asString();
		assertThat(response.headers().firstValue("Location")).hasValue("/v1/batches/" + batchId);
		assertThat(body.get("received").asInt()).isEqualTo(1);
		assertThat(body.get("accepted").asInt()).isEqualTo(1);

		RawTopic.Published published = RawTopic.await(batchId, (raw) -> batchId.equals(raw.batchId()), 1).get(0);
		RawRecord raw = published.record();
		assertThat(raw.recordId()).isEqualTo("o-1");
		assertThat(raw.entityId()).isEqualTo("c-7");
		assertThat(raw.dataset()).isEqualTo("rest-orders");
		assertThat(raw.source()).isEqualTo(RecordSource.REST);
		assertThat(raw.metadata().correlationId()).isEqualTo("corr-rest-1");
		assertThat(raw.ingestedAt()).isNotNull();
		assertThat(raw.fields()).containsEntry("amount", 12.5);
		assertThat(published.ceId()).isEqualTo(raw.metadata().eventId().toString());
		assertThat(published.key()).isEqualTo("rest-orders:c-7");
		// acknowledged in the background: the row leaves the outbox without waiting for
		// the sweeper
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					this.api.getJson("/v1/batches/" + batchId + "/records").findValuesAsString("eventId"))
				.containsExactly(raw.metadata().eventId().toString()));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					this.api.getJson("/v1/batches/" + batchId + "/records").findValue("published").asBoolean())
				.isTrue());
	}

	@Test
	void publishesEveryElementOfAnArray() {
		String batchId = accepted(
				this.api.post("/v1/datasets/rest-orders/records", "application/json", "[{\"n\": 1},\n{\"n\": 2}]"));
		List<RawTopic.Published> published = RawTopic.await(batchId, (raw) -> batchId.equals(raw.batchId()), 2);
		assertThat(published).extracting((p) -> p.record().fields().get("n")).containsExactlyInAnyOrder(1, 2);
		assertThat(published).allSatisfy((p) -> assertThat(p.record().recordId()).hasSize(64));
	}

	@Test
	void publishesEveryLineOfNdjson() {
		String batchId = accepted(this.api.post("/v1/datasets/rest-orders/records", "application/x-ndjson",
				"{\"line\": 1}\n{\"line\": 2}\n\n{\"line\": 3}\n"));
		assertThat(RawTopic.await(batchId, (raw) -> batchId.equals(raw.batchId()), 3))
			.extracting((p) -> p.record().fields().get("line"))
			.containsExactlyInAnyOrder(1, 2, 3);
	}

	@Test
	void landsAndPublishesTheSameRecordOnceAndCountsTheDuplicate() {
		String record = "{\"sku\": \"dup-" + System.nanoTime() + "\"}";
		String first = accepted(this.api.post("/v1/datasets/rest-dups/records", "application/json", record));
		HttpResponse<String> again = this.api.post("/v1/datasets/rest-dups/records", "application/json", record);
		JsonNode body = IngestionApi.json(again);
		assertThat(body.get("accepted").asInt()).isZero();
		assertThat(body.get("duplicates").asInt()).isEqualTo(1);
		assertThat(this.api.getJson("/v1/batches/" + body.get("batchId").asString()).get("duplicates").asInt())
			.isEqualTo(1);

		// a later record is on the topic, so a published duplicate would be there too
		String later = accepted(this.api.post("/v1/datasets/rest-dups/records", "application/json", "{\"sku\": 1}"));
		RawTopic.await(later, (raw) -> later.equals(raw.batchId()), 1);
		String recordId = RawTopic.await(first, (raw) -> first.equals(raw.batchId()), 1).get(0).record().recordId();
		assertThat(RawTopic.readAll(recordId, (raw) -> raw.recordId().equals(recordId))).hasSize(1);
	}

	private static String accepted(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return IngestionApi.json(response).get("batchId").asString();
	}

}
