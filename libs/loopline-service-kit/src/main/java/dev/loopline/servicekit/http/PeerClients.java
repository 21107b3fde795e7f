package dev.loopline.servicekit.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.loopline.servicekit.observability.CorrelationIdFilter;
import org.slf4j.MDC;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Builds the {@link RestClient}s a service uses for the other services: base URL, connect
 * and read timeouts, the API key (when one is configured), the current correlation id,
 * and error answers turned into a {@link RemoteServiceException} that carries the
 * problem's detail.
 */
public final class PeerClients {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PeerClients() {
	}

	/**
	 * A client of one peer service.
	 * @param service the peer's name, for messages (e.g. {@code registry})
	 * @param baseUrl its base URL
	 * @param apiKey the API key to send, blank for none
	 * @param readTimeout how long to wait for an answer
	 * @return the client
	 */
	public static RestClient create(String service, String baseUrl, String apiKey, Duration readTimeout) {
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
		factory.setReadTimeout(readTimeout);
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
		if (!apiKey.isBlank()) {
			builder.defaultHeader("X-API-Key", apiKey);
		}
		return builder.build();
	}

	/**
	 * The exception for an error answer, with the problem's detail when the body is one.
	 * @param service the peer's name
	 * @param call what was called
	 * @param response the error answer
	 * @return the exception to throw
	 * @throws IOException if the body cannot be read
	 */
	public static RemoteServiceException failure(String service, String call, ClientHttpResponse response)
			throws IOException {
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
