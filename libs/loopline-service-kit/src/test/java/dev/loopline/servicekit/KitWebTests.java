package dev.loopline.servicekit;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import dev.loopline.servicekit.testapp.TestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.binding.BindingService;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Security and problem details of a service built with the kit, through MockMvc.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { KitWebTests.NO_DATABASE, "spring.application.name=kit-test",
				"loopline.http.max-request-size=1KB", "loopline.security.api-keys[0].name=reader",
				"loopline.security.api-keys[0].key=read-key", "loopline.security.api-keys[0].roles=read",
				"loopline.security.api-keys[1].name=loader", "loopline.security.api-keys[1].key=ingest-key",
				"loopline.security.api-keys[1].roles=ingest", "loopline.security.api-keys[2].name=root",
				"loopline.security.api-keys[2].key=admin-key", "loopline.security.api-keys[2].roles=admin",
				"loopline.security.api-keys[3].name=ops", "loopline.security.api-keys[3].key=operate-key",
				"loopline.security.api-keys[3].roles=operate", "loopline.security.api-keys[4].name=client",
				"loopline.security.api-keys[4].key=predict-key", "loopline.security.api-keys[4].roles=predict" })
@AutoConfigureMockMvc
class KitWebTests {

	/**
	 * No PostgreSQL and no Flyway in these tests; Kafka is never contacted without
	 * bindings.
	 */
	static final String NO_DATABASE = "spring.autoconfigure.exclude="
			+ "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
			+ "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration";

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	private ResultActions getWithKey(String path, String key) throws Exception {
		return this.mvc.perform(get(path).header("X-API-Key", key));
	}

	@Test
	void refusesRequestWithoutKeyAsProblemWithChallenge() throws Exception {
		this.mvc.perform(get("/things/known"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "ApiKey"))
			.andExpect(jsonPath("$.type").value("/problems/unauthorized"))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void refusesUnknownKey() throws Exception {
		getWithKey("/things/known", "nope").andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void forbidsKeyWithoutReadRole() throws Exception {
		getWithKey("/things/known", "ingest-key").andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/forbidden"));
	}

	@Test
	void readKeyReadsButCannotWrite() throws Exception {
		getWithKey("/things/known", "read-key").andExpect(status().isOk()).andExpect(jsonPath("$.id").value("known"));
		this.mvc
			.perform(post("/things").header("X-API-Key", "read-key")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"a\",\"size\":1}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void adminKeyReadsAndWrites() throws Exception {
		getWithKey("/things/known", "admin-key").andExpect(status().isOk());
		this.mvc
			.perform(post("/things").header("X-API-Key", "admin-key")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"a\",\"size\":1}"))
			.andExpect(status().isCreated());
	}

	@Test
	void acceptsApiKeyAuthorizationScheme() throws Exception {
		this.mvc.perform(get("/things/known").header(HttpHeaders.AUTHORIZATION, "ApiKey read-key"))
			.andExpect(status().isOk());
	}

	@Test
	void livenessIsOpen() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
	}

	@Test
	void unknownThingIsTypedNotFound() throws Exception {
		getWithKey("/things/other", "read-key").andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/thing-not-found"))
			.andExpect(jsonPath("$.title").value("Thing not found"))
			.andExpect(jsonPath("$.thingId").value("other"));
	}

	@Test
	void malformedJsonIsProblemWithoutClassNames() throws Exception {
		String body = this.mvc
			.perform(post("/things").header("X-API-Key", "admin-key")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"a\",, }"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/malformed-request"))
			.andExpect(jsonPath("$.detail", containsString("line 1")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("Exception", "java.", "tools.jackson", "\tat ");
	}

	@Test
	void wrongValueTypeNamesTheFieldNotTheJavaType() throws Exception {
		String body = this.mvc
			.perform(post("/things").header("X-API-Key", "admin-key")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"a\", \"size\": \"big\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("'size'")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("java.", "Integer", "Exception");
	}

	@Test
	void invalidBodyListsFieldErrors() throws Exception {
		this.mvc
			.perform(post("/things").header("X-API-Key", "admin-key")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"\",\"size\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/validation-failed"))
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[?(@.field == 'size')].message").exists());
	}

	@Test
	void unknownRouteIsNotFoundProblem() throws Exception {
		getWithKey("/nowhere", "read-key").andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/not-found"));
	}

	@Test
	void wrongMethodIsMethodNotAllowedProblem() throws Exception {
		this.mvc.perform(post("/things/known").header("X-API-Key", "admin-key"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(jsonPath("$.type").value("/problems/method-not-allowed"));
	}

	@Test
	void unsupportedMediaTypeIsProblem() throws Exception {
		this.mvc
			.perform(post("/things").header("X-API-Key", "admin-key").contentType(MediaType.TEXT_PLAIN).content("x"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.type").value("/problems/unsupported-media-type"));
	}

	@Test
	void unavailableServiceSendsRetryAfter() throws Exception {
		getWithKey("/busy", "read-key").andExpect(status().isServiceUnavailable())
			.andExpect(header().string(HttpHeaders.RETRY_AFTER, "30"))
			.andExpect(jsonPath("$.type").value("/problems/service-unavailable"))
			.andExpect(jsonPath("$.detail").value("No model is loaded yet."));
	}

	@Test
	void rejectsDeclaredOversizedBody() throws Exception {
		this.mvc
			.perform(post("/things").header("X-API-Key", "admin-key")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + "x".repeat(2000) + "\",\"size\":1}"))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/payload-too-large"))
			.andExpect(jsonPath("$.maxBytes").value(1024));
	}

	@Test
	void echoesOrGeneratesCorrelationId() throws Exception {
		this.mvc.perform(get("/things/known").header("X-API-Key", "read-key").header("X-Correlation-Id", "abc-123"))
			.andExpect(header().string("X-Correlation-Id", "abc-123"));
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(header().exists("X-Correlation-Id"));
	}

	@Test
	void prometheusCarriesApplicationTag() throws Exception {
		getWithKey("/things/known", "read-key");
		getWithKey("/actuator/prometheus", "read-key").andExpect(status().isOk())
			.andExpect(content().string(containsString("application=\"kit-test\"")))
			.andExpect(content().string(containsString("instance=\"")));
	}

	@Test
	void prometheusNeedsAKey() throws Exception {
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
	}

	@Test
	void apiDocsListApiKeyScheme() throws Exception {
		getWithKey("/v3/api-docs", "read-key").andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("kit-test"))
			.andExpect(jsonPath("$.components.securitySchemes.apiKey.name").value("X-API-Key"))
			.andExpect(jsonPath("$.components.securitySchemes.apiKey.in").value("header"));
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
	}

	@Test
	void rejectsChunkedBodyStreamingPastTheLimit() throws Exception {
		byte[] body = ("{\"name\":\"" + "x".repeat(4000) + "\",\"size\":1}").getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/things"))
			.header("X-API-Key", "admin-key")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("/problems/payload-too-large");
	}

	@Test
	void doesNotBindTheDlqResolverAsAStreamFunction(@Autowired BindingService bindings) {
		assertThat(bindings.getConsumerBindingNames()).isEmpty();
		assertThat(bindings.getProducerBindingNames()).isEmpty();
	}

	@Test
	void operateImpliesRead() throws Exception {
		getWithKey("/things/known", "operate-key").andExpect(status().isOk());
		this.mvc
			.perform(post("/things").header("X-API-Key", "operate-key")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"a\",\"size\":1}"))
			.andExpect(status().isCreated());
	}

	@Test
	void predictDoesNotImplyRead() throws Exception {
		getWithKey("/things/known", "predict-key").andExpect(status().isForbidden());
	}

	@Test
	void unexpectedErrorIsGenericProblemWithErrorId() throws Exception {
		String body = getWithKey("/boom", "read-key").andExpect(status().isInternalServerError())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/internal-error"))
			.andExpect(jsonPath("$.errorId").isNotEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("hunter2", "IllegalStateException", "\tat ");
	}

	@Test
	void errorPageFallbackIsProblemWithoutInternals() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/filter-boom"))
			.header("X-API-Key", "read-key")
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("/problems/internal-error")
			.doesNotContain("hunter2", "ServletException", "trace");
	}

}
