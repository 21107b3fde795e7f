package dev.loopline.registry.promotion;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.RunStatus;
import dev.loopline.contracts.TrainingRunFinished;
import dev.loopline.contracts.TrainingSet;
import dev.loopline.servicekit.kafka.NonRetryableEventException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What keeps a finished run out of the registry's tables: the model name rule and the
 * widths of the stored ids, for succeeded and failed runs alike.
 */
class RunCheckTest {

	private static final Instant AT = Instant.parse("2026-05-01T10:00:00Z");

	@Test
	void acceptsAStorableRun() {
		assertThat(RunCheck.problems(succeeded("fraud", "a".repeat(36)))).isEmpty();
		assertThat(RunCheck.problems(failed("fraud.v2_x-1"))).isEmpty();
	}

	@Test
	void refusesAModelNameTheRegistryCannotStoreWhetherTheRunSucceededOrFailed() {
		String tooLong = "m".repeat(129);
		assertThat(RunCheck.problems(succeeded(tooLong, "a".repeat(36)))).singleElement()
			.asString()
			.contains("129 characters");
		assertThat(RunCheck.problems(failed(tooLong))).hasSize(1);
		assertThat(RunCheck.problems(failed("bad name!"))).singleElement().asString().contains("bad name!");
		assertThat(RunCheck.problems(failed("m".repeat(128)))).isEmpty();
	}

	@Test
	void refusesIdsWiderThanTheirColumns() {
		assertThat(RunCheck.problems(succeeded("fraud", "a".repeat(65)))).singleElement()
			.asString()
			.contains("artifact id has 65 characters");
		TrainingRunFinished longCorrelation = new TrainingRunFinished(
				new EventMetadata(UUID.randomUUID(), AT, "c".repeat(201), 1), "fraud", UUID.randomUUID(),
				RunStatus.FAILED, "out of memory", null, null, null, Map.of(), Map.of(), Map.of(), null, null, null, AT,
				AT);
		assertThat(RunCheck.problems(longCorrelation)).singleElement().asString().contains("correlation id");
	}

	@Test
	void deadLettersWithoutRetriesAndCountsByStatus() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		RunCheck check = new RunCheck(meters);
		TrainingRunFinished good = failed("fraud");
		assertThat(check.require(good)).isSameAs(good);
		assertThatExceptionOfType(NonRetryableEventException.class)
			.isThrownBy(() -> check.require(failed("x".repeat(200))))
			.withMessageContaining("200 characters");
		assertThat(meters.counter(RunCheck.METRIC, "status", "failed").count()).isEqualTo(1);
		assertThat(meters.counter(RunCheck.METRIC, "status", "succeeded").count()).isZero();
	}

	private static TrainingRunFinished succeeded(String model, String artifactId) {
		TrainingSet set = new TrainingSet("orders", 3, AT, 1000, "sha256:abc", UUID.randomUUID(), "orders-view", 1L,
				java.util.List.of(1));
		return new TrainingRunFinished(EventMetadata.newCorrelation(), model, UUID.randomUUID(), RunStatus.SUCCEEDED,
				null, artifactId, "f".repeat(64), null, Map.of(), Map.of("accuracy", 0.9), Map.of(), null, null, set,
				AT, AT);
	}

	private static TrainingRunFinished failed(String model) {
		return new TrainingRunFinished(EventMetadata.newCorrelation(), model, UUID.randomUUID(), RunStatus.FAILED,
				"out of memory", null, null, null, Map.of(), Map.of(), Map.of(), null, null, null, AT, AT);
	}

}
