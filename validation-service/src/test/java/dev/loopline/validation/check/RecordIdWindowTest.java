package dev.loopline.validation.check;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordIdWindowTest {

	private final RecordIdWindow window = new RecordIdWindow(1000, Duration.ofHours(1));

	@Test
	void flagsTheSameRecordIdInAnotherEvent() {
		assertThat(this.window.isDuplicate("orders", "r-1", UUID.randomUUID(), null)).isFalse();
		assertThat(this.window.isDuplicate("orders", "r-1", UUID.randomUUID(), null)).isTrue();
	}

	@Test
	void doesNotFlagARedeliveryOfTheSameEvent() {
		UUID eventId = UUID.randomUUID();
		assertThat(this.window.isDuplicate("orders", "r-2", eventId, null)).isFalse();
		assertThat(this.window.isDuplicate("orders", "r-2", eventId, null)).isFalse();
	}

	@Test
	void doesNotFlagAReplayedRecord() {
		assertThat(this.window.isDuplicate("orders", "r-3", UUID.randomUUID(), null)).isFalse();
		assertThat(this.window.isDuplicate("orders", "r-3", UUID.randomUUID(), UUID.randomUUID())).isFalse();
	}

	@Test
	void keepsDatasetsApart() {
		assertThat(this.window.isDuplicate("orders", "r-4", UUID.randomUUID(), null)).isFalse();
		assertThat(this.window.isDuplicate("payments", "r-4", UUID.randomUUID(), null)).isFalse();
	}

}
