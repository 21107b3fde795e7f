package dev.loopline.ingestion;

import java.net.http.HttpResponse;

import dev.loopline.testkit.RealInfrastructure;
import dev.loopline.testkit.TestApiKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static java.net.http.HttpRequest.BodyPublishers.ofString;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad HTTP input is a problem (400, 404, 413), never a 500, and a refused
 * JSON request lands nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=" + IngestionApplication.CONFIG_NAME,
				"loopline.ingestion.max-records-per-request=3", "loopline.http.max-request-size=2KB" })
@RealInfrastructure
class MalformedInputIT {

	private static final String RECORDS = "/v1/datasets/orders/records";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	IngestionApi api;

	@BeforeEach
	void setUp() {
		this.api = new IngestionApi(this.port);
	}

	@AfterEach
	void landedNothing() {
		assertThat(this.jdbc.queryForObject("select count(*) from raw_record", Long.class)).isZero();
	}

	@Test
	void refusesMalformedJsonNamingTheLine() {
		JsonNode problem = problem(this.api.post(RECORDS, "application/json", "[{\"a\": 1},\n{\"a\": }]"), 400,
				"malformed-records");
		assertThat(problem.at("/errors/0/line").asInt()).isEqualTo(2);
	}

	@Test
	void refusesNdjsonWithABadLineListingEachOne() {
		JsonNode problem = problem(this.api.post(RECORDS, "application/x-ndjson", "{\"a\": 1}\n{oops\n\"text\"\n"), 400,
				"malformed-records");
		assertThat(problem.get("errorCount").asInt()).isEqualTo(2);
		assertThat(problem.at("/errors/0/line").asInt()).isEqualTo(2);
		assertThat(problem.at("/errors/1/line").asInt()).isEqualTo(3);
	}

	@Test
	void refusesAnArrayWithANonObjectElementNamingItsIndex() {
		JsonNode problem = problem(this.api.post(RECORDS, "application/json", "[{\"a\": 1},\n 7]"), 400,
				"malformed-records");
		assertThat(problem.at("/errors/0/index").asInt()).isEqualTo(1);
		assertThat(problem.at("/errors/0/line").asInt()).isEqualTo(2);
	}

	@Test
	void refusesARecordWithoutTheNamedIdField() {
		JsonNode problem = problem(
				this.api.post(RECORDS + "?idField=id", "application/json", "[{\"id\": \"a\"}, {\"other\": 1}]"), 400,
				"malformed-records");
		assertThat(problem.at("/errors/0/message").asString()).contains("'id' is missing");
	}

	@Test
	void refusesTooManyRecords() {
		JsonNode problem = problem(this.api.post(RECORDS, "application/json", "[{},{},{},{}]"), 413,
				"too-many-records");
		assertThat(problem.get("maxRecords").asInt()).isEqualTo(3);
	}

	@Test
	void refusesABodyAboveTheRequestLimit() {
		problem(this.api.post(RECORDS, "application/json", "{\"a\": \"" + "x".repeat(3000) + "\"}"), 413,
				"payload-too-large");
	}

	@Test
	void refusesACsvUploadWithoutHeader() {
		problem(this.api.post(RECORDS, "text/csv", ""), 400, "missing-csv-header");
	}

	@Test
	void refusesAnInvalidDatasetOrBatchId() {
		problem(this.api.post("/v1/datasets/Bad.Name/records", "application/json", "{}"), 400, "invalid-dataset");
		problem(this.api.post(RECORDS + "?batchId=no%20spaces", "text/csv", "a\n1\n"), 400, "invalid-batch-id");
	}

	@Test
	void answersUnknownBatchesWith404() {
		problem(this.api.get("/v1/batches/nope"), 404, "batch-not-found");
		problem(this.api.get("/v1/batches/nope/records"), 404, "batch-not-found");
		problem(this.api.post("/v1/batches/nope/replay", "application/json", ofString(""), TestApiKeys.OPERATE), 404,
				"batch-not-found");
	}

	@Test
	void needsTheIngestRoleToPostRecords() {
		assertThat(this.api.post(RECORDS, "application/json", ofString("{}"), TestApiKeys.READ).statusCode())
			.isEqualTo(403);
	}

	private static JsonNode problem(HttpResponse<String> response, int status, String slug) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = IngestionApi.json(response);
		assertThat(problem.get("type").asString()).isEqualTo("/problems/" + slug);
		return problem;
	}

}
