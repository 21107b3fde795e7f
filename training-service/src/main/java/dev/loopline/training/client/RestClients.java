package dev.loopline.training.client;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.loopline.servicekit.observability.CorrelationIdFilter;
import dev.loopline.training.config.TrainingProperties;
import org.slf4j.MDC;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Builds the {@link RestClient}s for the other services: base URL, read timeout, the API
 * key (when one is configured), the current correlation id, and errors turned into a
 * {@link RemoteServiceException} that carries the problem's detail.
 */
final class RestClients {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RestClients() {
	}

	static RestClient create(String service, String baseUrl, TrainingProperties properties) {
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
		factory.setReadTimeout(properties.httpTimeout());
		RestClient.Builder builder = RestClient.builder()
			.baseUrl(baseUrl)
			.requestFactory(factory)
			.requestInterceptor((request, body, execution) -> {
				String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
				if (correlationId != null) {
					request.getHeaders().set("X-Correlation-Id", correlationId);
				}
				return execution.execute(request, body);
			})
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
				throw failure(service, request.getMethod() + " " + request.getURI().getPath(), response);
			});
		if (!properties.apiKey().isBlank()) {
			builder.defaultHeader("X-API-Key", properties.apiKey());
		}
		return builder.build();
	}

	static RemoteServiceException failure(String service, String call, ClientHttpResponse response) throws IOException {
		int status = response.getStatusCode().value();
		String body = new String(response.getBody().readNBytes(64 * 1024), StandardCharsets.UTF_8);
		return new RemoteServiceException(service + " answered " + status + " to " + call + ": " + detail(body),
				status);
	}

	private static String detail(String body) {
		try {
			JsonNode problem = JSON.readTree(body);
			if (problem.hasNonNull("detail")) {
				return problem.get("detail").asString();
			}
		}
		catch (RuntimeException ex) {
			// not a problem document: the raw body says more than nothing
		}
		return body.isBlank() ? "(no body)" : body.substring(0, Math.min(body.length(), 500));
	}

}
