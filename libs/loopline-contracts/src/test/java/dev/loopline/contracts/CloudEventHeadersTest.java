package dev.loopline.contracts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Tests for {@link CloudEventHeaders}.
 */
class CloudEventHeadersTest {

	private final ModelRejected event = new ModelRejected(
			new EventMetadata(UUID.fromString("00000000-0000-4000-8000-000000000009"),
					Instant.parse("2026-03-01T10:00:00Z"), "corr-9", 1),
			"churn", 4, "auc below champion");

	@Test
	void describesEventWithCloudEventsKafkaBindingHeaders() {
		assertThat(CloudEventHeaders.of(this.event, CloudEventHeaders.source("registry"))).containsExactly(
				entry("ce_id", "00000000-0000-4000-8000-000000000009"),
				entry("ce_type", "dev.loopline.models.rejected.v1"), entry("ce_source", "/loopline/registry"),
				entry("ce_specversion", "1.0"), entry("ce_time", "2026-03-01T10:00:00Z"), entry("ce_subject", "churn"),
				entry("ce_correlationid", "corr-9"), entry("content-type", "application/json"));
	}

	@Test
	void encodesHeaderValuesAsUtf8Bytes() {
		Map<String, byte[]> headers = CloudEventHeaders.bytesOf(this.event, "/loopline/registry");
		assertThat(headers).hasSize(8);
		assertThat(new String(headers.get(CloudEventHeaders.TYPE), StandardCharsets.UTF_8))
			.isEqualTo("dev.loopline.models.rejected.v1");
	}

	@Test
	void readsHeadersGivenAsStringsOrBytes() {
		Map<String, Object> headers = Map.of(CloudEventHeaders.TYPE,
				"dev.loopline.labels.observed.v1".getBytes(StandardCharsets.UTF_8), CloudEventHeaders.ID, "id-1",
				CloudEventHeaders.CORRELATION_ID, UUID.fromString("00000000-0000-4000-8000-000000000001"));
		assertThat(CloudEventHeaders.type(headers)).contains("dev.loopline.labels.observed.v1");
		assertThat(CloudEventHeaders.eventType(headers)).contains(EventType.LABEL_OBSERVED);
		assertThat(CloudEventHeaders.id(headers)).contains("id-1");
		assertThat(CloudEventHeaders.correlationId(headers)).contains("00000000-0000-4000-8000-000000000001");
	}

	@Test
	void readsAbsentOrUnknownTypeAsEmpty() {
		assertThat(CloudEventHeaders.type(Map.of())).isEmpty();
		assertThat(CloudEventHeaders.eventType(Map.of(CloudEventHeaders.TYPE, "com.example.other"))).isEmpty();
	}

}
