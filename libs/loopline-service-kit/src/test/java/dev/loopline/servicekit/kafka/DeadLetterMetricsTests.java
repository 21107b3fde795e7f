package dev.loopline.servicekit.kafka;

import java.util.Set;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DeadLetterMetrics}: the consumed topics come from the input bindings, and their
 * counters exist at zero before anything is dead-lettered.
 */
class DeadLetterMetricsTests {

	@Test
	void consumedTopicsAreTheInputBindingsDestinationsWithoutPatternsOrOutputs() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("spring.cloud.stream.bindings.validateRecord-in-0.destination", "loopline.records.raw")
			.withProperty("spring.cloud.stream.bindings.trackBatchProgress-in-0.destination",
					"loopline.records.validated, loopline.records.quarantined")
			.withProperty("spring.cloud.stream.bindings.ingestExternalRecord-in-0.destination",
					"loopline\\.ingest\\..*")
			.withProperty(
					"spring.cloud.stream.kafka.bindings.ingestExternalRecord-in-0.consumer.destination-is-pattern",
					"true")
			.withProperty("spring.cloud.stream.bindings.validatedRecords.destination",
					"loopline.records.validated.out");

		assertThat(DeadLetterMetrics.consumedTopics(environment)).containsExactly("loopline.records.quarantined",
				"loopline.records.raw", "loopline.records.validated");
	}

	@Test
	void countersStartAtZeroAndCountPerTopic() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		DeadLetterMetrics metrics = new DeadLetterMetrics(registry, Set.of("loopline.labels"));

		assertThat(registry.get(DeadLetterMetrics.NAME).tag("topic", "loopline.labels").counter().count()).isZero();
		metrics.count("loopline.labels");
		metrics.count("loopline.ingest.orders");

		assertThat(registry.get(DeadLetterMetrics.NAME).tag("topic", "loopline.labels").counter().count()).isOne();
		assertThat(registry.get(DeadLetterMetrics.NAME).tag("topic", "loopline.ingest.orders").counter().count())
			.isOne();
	}

}
