package dev.loopline.training.it;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import dev.loopline.contracts.EventCodec;
import dev.loopline.contracts.TrainingRunFinished;
import dev.loopline.testkit.KafkaProbe;
import dev.loopline.testkit.ServiceApi.Response;
import dev.loopline.testkit.ServiceApi;
import dev.loopline.testkit.TestApiKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * Shared by the training ITs: the stand-ins for the feature store and the registry (one
 * pair per JVM), the properties pointing the service at them, and small REST and Kafka
 * helpers.
 */
abstract class TrainingItSupport {

	static final FakeFeatureStore FEATURE_STORE = new FakeFeatureStore();

	static final FakeRegistry REGISTRY = new FakeRegistry();

	static final String RUNS_TOPIC = "loopline.training.runs";

	static final Duration TIMEOUT = Duration.ofSeconds(90);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final EventCodec CODEC = new EventCodec();

	@Value("${local.server.port}")
	int port;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("loopline.training.feature-store-url", FEATURE_STORE::url);
		registry.add("loopline.training.registry-url", REGISTRY::url);
		registry.add("loopline.training.api-key", () -> FakeService.API_KEY);
		registry.add("loopline.training.poll-interval", () -> "200ms");
		registry.add("loopline.training.schedule-poll-interval", () -> "200ms");
		registry.add("loopline.training.new-data-poll-interval", () -> "300ms");
	}

	/** A classification spec on the fake feature store's view, with the given extras. */
	static String spec(String extra) {
		return """
				{"task":"classification","dataset":"orders","featureView":{"name":"orders-fraud","version":1},
				 "label":"fraud","algorithm":"logistic-regression","hyperparameters":{"epochs":5},
				 "holdout":{"fraction":0.25,"seed":11},
				 "fairness":{"field":"country","metric":"accuracy"},
				 "promotion":{"metric":"accuracy","maxDegradation":0.01,"manualApproval":false}%s}"""
			.formatted(extra.isEmpty() ? "" : "," + extra);
	}

	Response put(String path, String key, String body) {
		return api().put(path, key, body);
	}

	Response post(String path, String key, String body) {
		return api().post(path, key, body);
	}

	Response get(String path, String key) {
		return api().get(path, key, "*/*");
	}

	private ServiceApi api() {
		return new ServiceApi(this.port);
	}

	JsonNode putSpec(String model, String body) {
		Response response = put("/v1/model-specs/" + model, TestApiKeys.OPERATE, body);
		if (response.status() != 200 && response.status() != 201) {
			throw new AssertionError("PUT spec failed: " + response.status() + " " + response.body());
		}
		return response.json();
	}

	UUID requestRun(String model, String body) {
		Response response = post("/v1/model-specs/" + model + "/runs", TestApiKeys.OPERATE, body);
		if (response.status() != 202) {
			throw new AssertionError("POST run failed: " + response.status() + " " + response.body());
		}
		return UUID.fromString(response.json().get("id").asString());
	}

	JsonNode run(UUID id) {
		return get("/v1/runs/" + id, TestApiKeys.READ).json();
	}

	JsonNode awaitStatus(UUID id, String status) {
		await().atMost(TIMEOUT).until(() -> status.equals(run(id).get("status").asString()));
		return run(id);
	}

	static TrainingRunFinished awaitFinished(UUID runId) {
		try (KafkaProbe kafka = KafkaProbe.create()) {
			return CODEC
				.decode(kafka.awaitRecord(RUNS_TOPIC, (record) -> record.value().contains(runId.toString()), TIMEOUT)
					.value()
					.getBytes(StandardCharsets.UTF_8), TrainingRunFinished.class);
		}
	}

}
