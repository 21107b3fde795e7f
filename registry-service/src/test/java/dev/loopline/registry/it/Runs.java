package dev.loopline.registry.it;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.loopline.contracts.CloudEventHeaders;
import dev.loopline.contracts.EventCodec;
import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.FairnessReport;
import dev.loopline.contracts.LooplineEvent;
import dev.loopline.contracts.ModelEvent;
import dev.loopline.contracts.PromotionPolicy;
import dev.loopline.contracts.RunStatus;
import dev.loopline.contracts.Topics;
import dev.loopline.contracts.TrainingContext;
import dev.loopline.contracts.TrainingRunFinished;
import dev.loopline.contracts.TrainingSet;
import dev.loopline.contracts.TrainingTrigger;
import dev.loopline.testkit.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import static org.awaitility.Awaitility.await;

/**
 * Builds and publishes {@code TrainingRunFinished} events as the training service does,
 * and reads the registry's model events back.
 */
final class Runs {

	static final EventCodec CODEC = new EventCodec();

	static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final Instant AT = Instant.parse("2026-05-01T10:00:00Z");

	private Runs() {
	}

	/** A run with full lineage; the artifact is a stored one. */
	static TrainingRunFinished run(String model, JsonNode artifact, Map<String, Double> metrics,
			Map<String, Double> championMetrics, @Nullable Integer championVersion, @Nullable PromotionPolicy policy,
			@Nullable FairnessReport fairness) {
		TrainingSet set = new TrainingSet("orders", 3, AT, 1000, "sha256:abc", UUID.randomUUID(), "orders-view", 4242L,
				List.of(1, 2));
		TrainingContext context = new TrainingContext(TrainingTrigger.ALERT, "monitoring", UUID.randomUUID(),
				"classification", "fraud", "logistic-regression", 2, 200, "0.1.0");
		return new TrainingRunFinished(EventMetadata.newCorrelation(), model, UUID.randomUUID(), RunStatus.SUCCEEDED,
				null, artifact.get("id").asString(), artifact.get("sha256").asString(), "LogisticRegressionTrainer",
				Map.of("epochs", 5, "seed", 42), metrics, championMetrics, championVersion,
				(fairness != null) ? fairness.gap() : null, set, AT, AT.plusSeconds(30), context, policy, fairness);
	}

	static void publish(KafkaProbe kafka, LooplineEvent event) {
		kafka.send(Topics.TRAINING_RUNS, event.key(), CODEC.encode(event),
				CloudEventHeaders.of(event, CloudEventHeaders.source("tests")));
	}

	/** Awaits a model event of a type on the models topic, matched by a predicate. */
	static <T extends ModelEvent> T awaitEvent(KafkaProbe kafka, Class<T> type, String model,
			java.util.function.Predicate<T> match) {
		ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.MODELS_EVENTS,
				(r) -> model.equals(r.key()) && isType(r, type) && match.test(decode(r, type)), TIMEOUT);
		return decode(record, type);
	}

	static <T extends ModelEvent> T decode(ConsumerRecord<String, String> record, Class<T> type) {
		return CODEC.decode(record.value().getBytes(StandardCharsets.UTF_8), type);
	}

	static boolean isType(ConsumerRecord<String, String> record, Class<?> type) {
		String ceType = KafkaProbe.headerValue(record, "ce_type");
		return ceType != null && type.isInstance(CODEC.decode(record.value().getBytes(StandardCharsets.UTF_8), ceType));
	}

	/** Waits until the registry shows a version of a model (the run was consumed). */
	static JsonNode awaitVersion(Api api, String model, int version) {
		await().atMost(TIMEOUT).until(() -> api.get("/v1/models/" + model + "/versions/" + version).status() == 200);
		return api.get("/v1/models/" + model + "/versions/" + version).json();
	}

	static Map<String, Long> countByEventId(List<ConsumerRecord<String, String>> records) {
		return records.stream()
			.collect(Collectors.groupingBy((r) -> KafkaProbe.headerValue(r, "ce_id"), Collectors.counting()));
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
