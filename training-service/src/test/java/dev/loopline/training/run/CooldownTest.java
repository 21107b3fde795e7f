package dev.loopline.training.run;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.loopline.contracts.TrainingTrigger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CooldownTest {

	private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	private static final Duration COOLDOWN = Duration.ofMinutes(10);

	@Test
	void queuesAnAutomaticTriggerWhenTheModelNeverRan() {
		assertThat(Cooldown.skipReason(TrainingTrigger.ALERT, NOW, Optional.empty(), false, COOLDOWN)).isEmpty();
	}

	@Test
	void skipsAnAutomaticTriggerWithinTheCooldownOfTheLastStart() {
		Optional<String> reason = Cooldown.skipReason(TrainingTrigger.ALERT, NOW,
				Optional.of(NOW.minus(Duration.ofMinutes(9))), false, COOLDOWN);
		assertThat(reason).hasValueSatisfying((text) -> assertThat(text).contains("cooldown").contains("PT10M"));
	}

	@Test
	void queuesAnAutomaticTriggerOnceTheCooldownIsOver() {
		assertThat(
				Cooldown.skipReason(TrainingTrigger.SCHEDULE, NOW, Optional.of(NOW.minus(COOLDOWN)), false, COOLDOWN))
			.isEmpty();
	}

	@Test
	void skipsAnAutomaticTriggerWhileARunIsQueued() {
		assertThat(Cooldown.skipReason(TrainingTrigger.NEW_DATA, NOW, Optional.empty(), true, COOLDOWN))
			.hasValueSatisfying((text) -> assertThat(text).contains("already queued"));
	}

	@Test
	void alwaysQueuesAManualRequest() {
		assertThat(Cooldown.skipReason(TrainingTrigger.MANUAL, NOW, Optional.of(NOW.minusSeconds(1)), true, COOLDOWN))
			.isEmpty();
	}

	@Test
	void aZeroCooldownSkipsOnlyForAQueuedRun() {
		assertThat(Cooldown.skipReason(TrainingTrigger.ALERT, NOW, Optional.of(NOW), false, Duration.ZERO)).isEmpty();
	}

}
