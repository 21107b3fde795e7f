package dev.loopline.serving.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the HTTP stand-ins for other Loopline services in the serving ITs: a real JDK
 * HTTP server on a random port that checks the API key serving must send and answers with
 * the other service's payloads and problem details.
 */
abstract class FakeService {

	static final String API_KEY = "serving-service-key";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	FakeService() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", (exchange) -> {
			try (exchange) {
				if (!API_KEY.equals(exchange.getRequestHeaders().getFirst("X-API-Key"))) {
					problem(exchange, 401, "unauthorized", "missing or unknown API key");
					return;
				}
				handle(exchange, exchange.getRequestURI().getPath());
			}
			catch (RuntimeException ex) {
				problem(exchange, 500, "internal-error", String.valueOf(ex.getMessage()));
			}
		});
		this.server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	abstract void handle(HttpExchange exchange, String path) throws IOException;

	static void json(HttpExchange exchange, int status, Object body) throws IOException {
		send(exchange, status, "application/json", JSON.writeValueAsBytes(body));
	}

	static void problem(HttpExchange exchange, int status, String slug, String detail) throws IOException {
		send(exchange, status, "application/problem+json", JSON
			.writeValueAsBytes(Map.of("type", "/problems/" + slug, "title", slug, "status", status, "detail", detail)));
	}

	static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, (body.length == 0) ? -1 : body.length);
		if (body.length > 0) {
			exchange.getResponseBody().write(body);
		}
	}

}
