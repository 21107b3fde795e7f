package dev.loopline.ingestion;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/**
 * CSV uploads (raw body and multipart): good rows land and are published, bad lines are
 * kept as rejected lines with their number, text and reason.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=" + IngestionApplication.CONFIG_NAME, "loopline.ingestion.chunk-size=2" })
@RealInfrastructure
class CsvUploadIT {

	private static final String CSV = """
			id,amount,note
			a-1,10,first
			a-2,20
			a-3,,"quoted, with comma"
			a-4,40,"broken
			a-5,50,last
			""";

	@LocalServerPort
	int port;

	IngestionApi api;

	@BeforeEach
	void setUp() {
		this.api = new IngestionApi(this.port);
	}

	@Test
	void landsGoodRowsAndRejectsBadLinesWithTheirNumbers() {
		HttpResponse<String> response = this.api
			.post("/v1/datasets/csv-orders/records?idField=id&entityField=id&batchId=csv-upload-1", "text/csv", CSV);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		JsonNode body = IngestionApi.json(response);
		assertThat(body.get("batchId").asString()).isEqualTo("csv-upload-1");
		assertThat(body.get("accepted").asInt()).isEqualTo(3);
		assertThat(body.get("malformed").asInt()).isEqualTo(2);
		assertThat(body.at("/rejected/0/lineNumber").asInt()).isEqualTo(3);
		assertThat(body.at("/rejected/0/reason").asString()).isEqualTo("expected 3 columns but found 2");
		assertThat(body.at("/rejected/1/lineNumber").asInt()).isEqualTo(5);
		assertThat(body.at("/rejected/1/rawText").asString()).isEqualTo("a-4,40,\"broken");

		JsonNode rejected = this.api.getJson("/v1/batches/csv-upload-1/rejected");
		assertThat(rejected).hasSize(2);
		assertThat(rejected.at("/1/reason").asString()).startsWith("unterminated quoted field");

		List<RawTopic.Published> published = RawTopic.await("csv-upload-1",
				(raw) -> "csv-upload-1".equals(raw.batchId()), 3);
		assertThat(published).extracting((p) -> p.record().recordId()).containsExactlyInAnyOrder("a-1", "a-3", "a-5");
		RawRecord third = published.stream()
			.map(RawTopic.Published::record)
			.filter((raw) -> raw.recordId().equals("a-3"))
			.findFirst()
			.orElseThrow();
		assertThat(third.source()).isEqualTo(RecordSource.CSV);
		assertThat(third.fields()).containsEntry("amount", null).containsEntry("note", "quoted, with comma");
		assertThat(third.entityId()).isEqualTo("a-3");

		JsonNode status = this.api.getJson("/v1/batches/csv-upload-1");
		assertThat(status.get("received").asInt()).isEqualTo(3);
		assertThat(status.get("malformed").asInt()).isEqualTo(2);
		assertThat(status.get("source").asString()).isEqualTo("CSV");
		assertThat(this.api.getJson("/v1/batches/csv-upload-1/records")).hasSize(3);
		assertThat(this.api.getJson("/v1/batches?dataset=csv-orders")).extracting((b) -> b.get("batchId").asString())
			.contains("csv-upload-1");
	}

	@Test
	void acceptsAMultipartFilePart() {
		String boundary = "loopline-boundary";
		String multipart = "--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"file\"; filename=\"rows.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + "k,v\r\nm-1,1\r\nm-2,2\r\n" + "--" + boundary + "--\r\n";
		HttpResponse<String> response = this.api.post("/v1/datasets/csv-multipart/records?idField=k",
				"multipart/form-data; boundary=" + boundary, HttpRequest.BodyPublishers.ofString(multipart),
				TestApiKeys.INGEST);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		String batchId = IngestionApi.json(response).get("batchId").asString();
		assertThat(RawTopic.await(batchId, (raw) -> batchId.equals(raw.batchId()), 2))
			.extracting((p) -> p.record().recordId())
			.containsExactlyInAnyOrder("m-1", "m-2");
	}

}
