package dev.loopline.monitoring.alert;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One retraining per alert, none within the cooldown of the model's last one, none when
 * switched off.
 */
class RetrainPolicyTest {

	private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	private final RetrainPolicy policy = new RetrainPolicy(true, Duration.ofMinutes(10));

	@Test
	void requestsForAFreshAlertOfAModelNeverRetrained() {
		assertThat(this.policy.due(false, null, NOW)).isTrue();
	}

	@Test
	void anAlertRequestsOnlyOnceHoweverLongItLasts() {
		assertThat(this.policy.due(true, NOW.minus(Duration.ofDays(1)), NOW)).isFalse();
	}

	@Test
	void waitsForTheCooldownOfTheModelsLastRequest() {
		assertThat(this.policy.due(false, NOW.minus(Duration.ofMinutes(9)), NOW)).isFalse();
		assertThat(this.policy.due(false, NOW.minus(Duration.ofMinutes(10)), NOW)).isTrue();
	}

	@Test
	void requestsNothingWhenAutoRetrainIsOff() {
		assertThat(new RetrainPolicy(false, Duration.ZERO).due(false, null, NOW)).isFalse();
	}

}
