package dev.loopline.training.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import dev.loopline.models.bundle.ModelBundles;
import tools.jackson.databind.JsonNode;

/**
 * The feature store's REST API over seeded, generated rows of one dataset
 * ({@code orders}, view {@code orders-fraud} v1): training-set definitions (with
 * {@code last}, answered with id, watermark, row count, content hash and contract
 * versions), their rows as NDJSON in the real format, the view spec, and the offline
 * counters of the new-data trigger. A label field the rows do not have gives an empty
 * set, an unknown view a 404 problem, as the real service answers.
 */
final class FakeFeatureStore extends FakeService {

	static final String VIEW = "orders-fraud";

	static final String DATASET = "orders";

	static final String VIEW_SPEC = """
			{"name":"orders-fraud","version":1,"dataset":"orders","entityKey":"customerId","eventTimeField":"createdAt",
			 "features":[
			  {"name":"amount","source":"amount","transforms":[{"type":"impute","strategy":"median"},{"type":"log1p"},{"type":"standardize"}]},
			  {"name":"items","source":"items","transforms":[{"type":"standardize"}]},
			  {"name":"country","source":"country","transforms":[{"type":"one-hot"}]}]}""";

	private final List<Map<String, Object>> rows = generate(400, 7);

	private final AtomicLong watermark = new AtomicLong(400);

	/**
	 * A label whose set later streams one row more than it was defined with (the fraud
	 * rows): the rows changed after the definition.
	 */
	static final String LATE_ARRIVAL = "fraud-late";

	private final Map<UUID, List<Map<String, Object>>> sets = new ConcurrentHashMap<>();

	private final Set<UUID> late = ConcurrentHashMap.newKeySet();

	final List<JsonNode> definitions = new CopyOnWriteArrayList<>();

	void addRecords(long count) {
		this.watermark.addAndGet(count);
	}

	long watermark() {
		return this.watermark.get();
	}

	/** The generated rows, as the training set of all rows streams them. */
	List<Map<String, Object>> rows() {
		return this.rows;
	}

	@Override
	protected void handle(HttpExchange exchange, String path) throws IOException {
		if (path.equals("/v1/training-sets") && exchange.getRequestMethod().equals("POST")) {
			define(exchange, JSON.readTree(exchange.getRequestBody()));
		}
		else if (path.startsWith("/v1/training-sets/") && path.endsWith("/rows")) {
			UUID id = UUID.fromString(path.split("/")[3]);
			List<Map<String, Object>> rows = this.sets.getOrDefault(id, List.of());
			if (this.late.contains(id)) {
				// a record that committed under the watermark after the definition
				rows = new ArrayList<>(rows);
				rows.add(rows.get(0));
			}
			send(exchange, 200, "application/x-ndjson", ndjson(rows));
		}
		else if (path.equals("/v1/feature-views/" + VIEW + "/versions/1")) {
			json(exchange, 200,
					Map.of("name", VIEW, "version", 1, "dataset", DATASET, "spec", JSON.readTree(VIEW_SPEC)));
		}
		else if (path.equals("/v1/datasets/" + DATASET + "/offline")) {
			long since = Long.parseLong(query(exchange, "sinceSequence"));
			json(exchange, 200, Map.of("dataset", DATASET, "watermark", this.watermark.get(), "records",
					this.watermark.get(), "recordsSince", Math.max(0, this.watermark.get() - since)));
		}
		else {
			problem(exchange, 404, "not-found", "no route " + path);
		}
	}

	private void define(HttpExchange exchange, JsonNode body) throws IOException {
		this.definitions.add(body);
		if (!VIEW.equals(body.path("view").asString())) {
			problem(exchange, 404, "feature-view-not-found",
					"No feature view '" + body.path("view").asString() + "' exists.");
			return;
		}
		String label = body.path("label").asString();
		List<Map<String, Object>> selected = labelled(label.equals(LATE_ARRIVAL) ? "fraud" : label);
		if (body.hasNonNull("last")) {
			int last = body.get("last").asInt();
			selected = selected.subList(Math.max(0, selected.size() - last), selected.size());
		}
		UUID id = UUID.randomUUID();
		this.sets.put(id, selected);
		if (label.equals(LATE_ARRIVAL)) {
			this.late.add(id);
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("id", id.toString());
		answer.put("view", VIEW);
		answer.put("version", 1);
		answer.put("label", label);
		answer.put("watermark", this.watermark.get());
		answer.put("rowCount", selected.size());
		answer.put("contentHash", "sha256:" + ModelBundles.sha256(ndjson(selected)));
		answer.put("createdAt", Instant.now().toString());
		answer.put("contractVersions", List.of(1, 2));
		json(exchange, 201, answer);
	}

	/**
	 * The rows for a label: {@code fraud} (boolean, as generated), {@code spend} (a
	 * number for regression) or {@code anomalous} (the rare very large orders, for
	 * anomaly detection), each a deterministic function of the row's values; any other
	 * label has no rows.
	 */
	List<Map<String, Object>> labelled(String label) {
		return switch (label) {
			case "fraud" -> this.rows;
			case "spend" -> relabel((values) -> Math.round((2 * (double) values.get("amount")
					+ 5 * (int) values.get("items") + ("IT".equals(values.get("country")) ? 20 : 0)) * 100) / 100.0);
			case "anomalous" -> relabel((values) -> (double) values.get("amount") > 120);
			default -> List.of();
		};
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> relabel(java.util.function.Function<Map<String, Object>, Object> label) {
		return this.rows.stream().map((row) -> {
			Map<String, Object> copy = new LinkedHashMap<>(row);
			copy.put("label", label.apply((Map<String, Object>) row.get("values")));
			return (Map<String, Object>) copy;
		}).toList();
	}

	private static byte[] ndjson(List<Map<String, Object>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (Map<String, Object> row : rows) {
			out.writeBytes(JSON.writeValueAsBytes(row));
			out.write('\n');
		}
		return out.toByteArray();
	}

	/**
	 * Rows whose fraud label depends on amount, items and country through a logistic
	 * rule, so a model can learn it and its metrics mean something.
	 */
	static List<Map<String, Object>> generate(int count, long seed) {
		Random random = new Random(seed);
		String[] countries = { "DE", "FR", "IT" };
		Instant start = Instant.parse("2026-01-01T00:00:00Z");
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			double amount = Math.round(Math.exp(3 + random.nextGaussian()) * 100) / 100.0;
			int items = 1 + random.nextInt(10);
			String country = countries[random.nextInt(countries.length)];
			double logit = 0.04 * (amount - 30) - 0.3 * items + ("IT".equals(country) ? 1.0 : 0.0);
			boolean fraud = random.nextDouble() < 1 / (1 + Math.exp(-logit));
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("amount", amount);
			values.put("items", items);
			values.put("country", country);
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("recordId", "r-" + i);
			row.put("entityId", "c-" + (i % 50));
			row.put("eventTime", start.plusSeconds(60L * i).toString());
			row.put("values", values);
			row.put("label", fraud);
			rows.add(row);
		}
		return List.copyOf(rows);
	}

}
