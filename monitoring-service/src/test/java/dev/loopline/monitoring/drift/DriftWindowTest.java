package dev.loopline.monitoring.drift;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Windows close by size, or by age with enough rows.
 */
class DriftWindowTest {

	private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

	@Test
	void closesWhenFullAndStartsAgain() {
		DriftWindow window = new DriftWindow();
		window.add(Map.of("a", 1), T0);
		assertThat(window.takeIfDue(2, Duration.ZERO, 1, T0)).isNull();
		window.add(Map.of("a", 2), T0.plusSeconds(5));
		DriftWindow.Taken taken = window.takeIfDue(2, Duration.ZERO, 1, T0.plusSeconds(5));
		assertThat(taken.rows()).hasSize(2);
		assertThat(taken.start()).isEqualTo(T0);
		assertThat(window.takeIfDue(1, Duration.ZERO, 1, T0)).isNull();
	}

	@Test
	void closesByAgeOnlyWithEnoughRows() {
		DriftWindow window = new DriftWindow();
		window.add(Map.of("a", 1), T0);
		assertThat(window.takeIfDue(100, Duration.ofMinutes(1), 2, T0.plusSeconds(120))).isNull();
		window.add(Map.of("a", 2), T0.plusSeconds(121));
		assertThat(window.takeIfDue(100, Duration.ofMinutes(1), 2, T0.plusSeconds(30))).isNull();
		assertThat(window.takeIfDue(100, Duration.ofMinutes(1), 2, T0.plusSeconds(121)).rows()).hasSize(2);
	}

}
