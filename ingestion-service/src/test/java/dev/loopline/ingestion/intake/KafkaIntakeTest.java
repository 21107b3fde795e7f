package dev.loopline.ingestion.intake;

import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaIntakeTest {

	@Test
	void namesOneBatchPerDatasetAndUtcHour() {
		assertThat(KafkaIntake.batchId("orders", ZonedDateTime.parse("2026-11-22T13:59:59+01:00")))
			.isEqualTo("kafka-orders-2026112212");
	}

}
