package dev.loopline.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of an HTTP stand-in for another Loopline service's REST API in a service's ITs (a
 * registry serving real bundles, a feature store serving real rows): a real JDK HTTP
 * server on a random loopback port that checks the API key the service under test must
 * send, and answers with the other service's payloads and problem details. The broker and
 * the database stay real; only a peer's REST API is stood in for.
 */
public abstract class StandInService {

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	/**
	 * Starts the stand-in.
	 * @param apiKey the {@code X-API-Key} every request must carry (401 otherwise)
	 */
	protected StandInService(String apiKey) {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.setExecutor(Executors.newFixedThreadPool(4));
		this.server.createContext("/", (exchange) -> {
			try (exchange) {
				if (!apiKey.equals(exchange.getRequestHeaders().getFirst("X-API-Key"))) {
					problem(exchange, 401, "unauthorized", "missing or unknown API key");
					return;
				}
				handle(exchange, exchange.getRequestURI().getPath());
			}
			catch (RuntimeException ex) {
				problem(exchange, 500, "internal-error", String.valueOf(ex.getMessage()));
			}
		});
		this.server.start();
	}

	/**
	 * The stand-in's base URL.
	 * @return {@code http://127.0.0.1:<port>}
	 */
	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/**
	 * Answers one request whose API key was accepted.
	 * @param exchange the exchange
	 * @param path the request path
	 * @throws IOException if the answer cannot be written
	 */
	protected abstract void handle(HttpExchange exchange, String path) throws IOException;

	protected static void json(HttpExchange exchange, int status, Object body) throws IOException {
		send(exchange, status, "application/json", JSON.writeValueAsBytes(body));
	}

	protected static void problem(HttpExchange exchange, int status, String slug, String detail) throws IOException {
		send(exchange, status, "application/problem+json", JSON
			.writeValueAsBytes(Map.of("type", "/problems/" + slug, "title", slug, "status", status, "detail", detail)));
	}

	protected static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, (body.length == 0) ? -1 : body.length);
		if (body.length > 0) {
			exchange.getResponseBody().write(body);
		}
	}

	protected static @Nullable String query(HttpExchange exchange, String name) {
		String query = exchange.getRequestURI().getQuery();
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			String[] parts = pair.split("=", 2);
			if (parts[0].equals(name)) {
				return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
			}
		}
		return null;
	}

}
