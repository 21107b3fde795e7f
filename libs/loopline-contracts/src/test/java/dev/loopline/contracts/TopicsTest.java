package dev.loopline.contracts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link Topics}.
 */
class TopicsTest {

	@Test
	void listsTheNineFixedTopicsUnderTheDefaultPrefix() {
		assertThat(Topics.all()).hasSize(9).allMatch((topic) -> topic.startsWith(Topics.DEFAULT_PREFIX));
		assertThat(Topics.all()).contains("loopline.records.raw", "loopline.training.commands",
				"loopline.models.events", "loopline.monitoring.alerts");
	}

	@Test
	void everyEventTypeTravelsOnAFixedTopic() {
		for (EventType type : EventType.values()) {
			assertThat(Topics.all()).contains(type.topic());
		}
	}

	@Test
	void namesDeadLetterTopic() {
		assertThat(Topics.dlq(Topics.RECORDS_RAW)).isEqualTo("loopline.records.raw.dlq");
	}

	@Test
	void namesIngestTopicOfValidDataset() {
		assertThat(Topics.ingest("orders_2026-v1")).isEqualTo("loopline.ingest.orders_2026-v1");
		assertThat(Topics.ingest("orders")).matches(Topics.INGEST_PATTERN);
		assertThat(Topics.dlq(Topics.ingest("orders"))).doesNotMatch(Topics.INGEST_PATTERN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Orders", "_orders", "orders.eu", "orders/x", "a b",
			"a123456789012345678901234567890123456789012345678901234567890123" })
	void rejectsInvalidDatasetName(String dataset) {
		assertThatIllegalArgumentException().isThrownBy(() -> Topics.ingest(dataset))
			.withMessageContaining("Invalid dataset name");
	}

	@Test
	void extractsDatasetFromIngestTopic() {
		assertThat(Topics.ingestDataset(Topics.DEFAULT_PREFIX, "loopline.ingest.orders")).contains("orders");
		assertThat(Topics.ingestDataset("acme.", "acme.ingest.orders")).contains("orders");
		assertThat(Topics.ingestDataset(Topics.DEFAULT_PREFIX, "loopline.records.raw")).isEmpty();
	}

	@Test
	void swapsDefaultPrefixForConfiguredOne() {
		assertThat(Topics.withPrefix("acme.", Topics.PREDICTIONS)).isEqualTo("acme.predictions");
		assertThat(Topics.withPrefix("", Topics.dlq(Topics.LABELS))).isEqualTo("labels.dlq");
		assertThat(Topics.withPrefix("acme.")).hasSize(9).allMatch((topic) -> topic.startsWith("acme."));
		assertThat(Topics.withPrefix("acme.", Topics.ingest("orders"))).matches(Topics.ingestPattern("acme."));
		assertThat(Topics.withPrefix("acme.", Topics.dlq(Topics.ingest("orders"))))
			.doesNotMatch(Topics.ingestPattern("acme."));
	}

	@Test
	void rejectsPrefixSwapOfForeignTopicOrInvalidPrefix() {
		assertThatIllegalArgumentException().isThrownBy(() -> Topics.withPrefix("acme.", "other.topic"));
		assertThatIllegalArgumentException().isThrownBy(() -> Topics.withPrefix("acme/", Topics.LABELS));
	}

}
