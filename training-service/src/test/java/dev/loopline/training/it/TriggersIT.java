package dev.loopline.training.it;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.loopline.contracts.CloudEventHeaders;
import dev.loopline.contracts.EventCodec;
import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.LooplineEvent;
import dev.loopline.contracts.RetrainRequested;
import dev.loopline.contracts.RunStatus;
import dev.loopline.contracts.TrainModel;
import dev.loopline.contracts.TrainingRunFinished;
import dev.loopline.contracts.TrainingTrigger;
import dev.loopline.testkit.KafkaProbe;
import dev.loopline.testkit.RealInfrastructure;
import dev.loopline.testkit.TestApiKeys;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every trigger kind starts a run through the same path; one run per model at a time; the
 * cooldown turns a storm of automatic triggers into one run and never blocks a manual
 * request.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=training-service")
@RealInfrastructure
class TriggersIT extends TrainingItSupport {

	private static final String COMMANDS = "loopline.training.commands";

	private static final EventCodec CODEC = new EventCodec();

	@Test
	void trainModelCommandStartsARun() {
		putSpec("fraud-command", spec(""));
		send(new TrainModel(EventMetadata.newCorrelation(), "fraud-command", TrainingTrigger.MANUAL, "cli",
				"asked on the bus", Map.of("epochs", 3)));
		JsonNode run = awaitRuns("fraud-command", 1).get(0);
		assertThat(run.get("requestedBy").asString()).isEqualTo("cli");
		TrainingRunFinished finished = awaitFinished(UUID.fromString(run.get("id").asString()));
		assertThat(finished.status()).isEqualTo(RunStatus.SUCCEEDED);
		assertThat(finished.hyperparameters()).containsEntry("epochs", 3);
	}

	@Test
	void retrainRequestedCarriesTheAlertAndItsCorrelationIntoTheFinishedRun() {
		putSpec("fraud-alert", spec(""));
		UUID alertId = UUID.randomUUID();
		RetrainRequested retrain = new RetrainRequested(EventMetadata.create("drift-" + alertId), "fraud-alert",
				alertId, "amount drifted", Instant.now());
		send(retrain);
		send(retrain); // a redelivery queues nothing more
		JsonNode run = awaitRuns("fraud-alert", 1).get(0);
		TrainingRunFinished finished = awaitFinished(UUID.fromString(run.get("id").asString()));
		assertThat(finished.status()).isEqualTo(RunStatus.SUCCEEDED);
		assertThat(finished.metadata().correlationId()).isEqualTo("drift-" + alertId);
		assertThat(finished.context().trigger()).isEqualTo(TrainingTrigger.ALERT);
		assertThat(finished.context().alertId()).isEqualTo(alertId);
		assertThat(finished.context().requestedBy()).isEqualTo("monitoring");
		assertThat(runs("fraud-alert")).hasSize(1);
	}

	@Test
	void cronScheduleFiresARunAndFurtherFiringsAreSkipped() {
		putSpec("fraud-cron", spec("\"triggers\":{\"schedule\":\"* * * * * *\"}"));
		await().atMost(TIMEOUT)
			.until(() -> runs("fraud-cron").stream().anyMatch((run) -> "SKIPPED".equals(run.get("status").asString())));
		putSpec("fraud-cron", spec("")); // stops the schedule
		List<JsonNode> runs = runs("fraud-cron");
		assertThat(runs).allSatisfy((run) -> assertThat(run.get("trigger").asString()).isEqualTo("SCHEDULE"));
		assertThat(runs.stream().filter((run) -> !"SKIPPED".equals(run.get("status").asString()))).hasSize(1);
		assertThat(runs.stream().filter((run) -> "SKIPPED".equals(run.get("status").asString()))).allSatisfy(
				(run) -> assertThat(run.get("skipReason").asString()).containsAnyOf("already queued", "cooldown"));
	}

	@Test
	void newDataThresholdStartsARunAndAgainAfterEnoughNewRecords() {
		putSpec("fraud-new-data", spec("\"triggers\":{\"newDataThreshold\":100,\"cooldown\":\"PT0S\"}"));
		JsonNode first = awaitRuns("fraud-new-data", 1).get(0);
		assertThat(first.get("trigger").asString()).isEqualTo("NEW_DATA");
		awaitStatus(UUID.fromString(first.get("id").asString()), "SUCCEEDED");
		FEATURE_STORE.addRecords(150);
		JsonNode second = awaitRuns("fraud-new-data", 2).get(0);
		assertThat(second.get("trigger").asString()).isEqualTo("NEW_DATA");
		assertThat(second.get("reason").asString()).startsWith("150 new records");
		putSpec("fraud-new-data", spec(""));
	}

	@Test
	void aSecondRequestWaitsUntilTheFirstRunFinishes() {
		putSpec("fraud-queue", spec(""));
		UUID first = requestRun("fraud-queue", "{}");
		UUID second = requestRun("fraud-queue", "{}");
		JsonNode firstRun = awaitStatus(first, "SUCCEEDED");
		JsonNode secondRun = awaitStatus(second, "SUCCEEDED");
		Instant firstFinished = Instant.parse(firstRun.get("finishedAt").asString());
		Instant secondStarted = Instant.parse(secondRun.get("startedAt").asString());
		assertThat(secondStarted).isAfterOrEqualTo(firstFinished);
	}

	@Test
	void anAlertWithinTheCooldownIsSkippedButAManualRequestStillQueues() {
		putSpec("fraud-cooldown", spec(""));
		awaitStatus(requestRun("fraud-cooldown", "{}"), "SUCCEEDED");
		for (int i = 0; i < 3; i++) {
			send(new RetrainRequested(EventMetadata.newCorrelation(), "fraud-cooldown", UUID.randomUUID(),
					"drift storm " + i, Instant.now()));
		}
		List<JsonNode> skipped = awaitRuns("fraud-cooldown", 4).subList(0, 3);
		assertThat(skipped).allSatisfy((run) -> {
			assertThat(run.get("status").asString()).isEqualTo("SKIPPED");
			assertThat(run.get("trigger").asString()).isEqualTo("ALERT");
			assertThat(run.get("skipReason").asString()).contains("cooldown");
		});
		UUID manual = requestRun("fraud-cooldown", "{\"reason\":\"a person insists\"}");
		assertThat(awaitStatus(manual, "SUCCEEDED").get("trigger").asString()).isEqualTo("MANUAL");
	}

	private List<JsonNode> awaitRuns(String model, int count) {
		await().atMost(TIMEOUT).until(() -> runs(model).size() >= count);
		return runs(model);
	}

	/** Runs of a model, newest first. */
	private List<JsonNode> runs(String model) {
		List<JsonNode> runs = new ArrayList<>();
		get("/v1/runs?model=" + model + "&size=200", TestApiKeys.READ).json().forEach(runs::add);
		return runs;
	}

	private static void send(LooplineEvent event) {
		try (KafkaProbe kafka = KafkaProbe.create()) {
			kafka.send(COMMANDS, event.key(), CODEC.encode(event),
					CloudEventHeaders.of(event, CloudEventHeaders.source("tests")));
		}
	}

}
