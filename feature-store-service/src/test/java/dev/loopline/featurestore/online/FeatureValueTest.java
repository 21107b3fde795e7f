package dev.loopline.featurestore.online;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FeatureValueTest {

	static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

	static final Duration TTL = Duration.ofHours(1);

	@Test
	void reportsAnUnknownEntityAsMissing() {
		assertThat(FeatureValue.of(null, "amount", TTL, NOW))
			.isEqualTo(new FeatureValue(null, FeatureStatus.MISSING, null));
	}

	@Test
	void reportsANullValueAsMissingWithItsTime() {
		Map<String, Object> values = new HashMap<>();
		values.put("amount", null);
		FeatureValue value = FeatureValue.of(row(NOW, values), "amount", TTL, NOW);
		assertThat(value.status()).isEqualTo(FeatureStatus.MISSING);
		assertThat(value.eventTime()).isEqualTo(NOW);
	}

	@Test
	void reportsAValueWithinTheTtlAsPresentAndAnOlderOneAsStale() {
		Map<String, Object> values = Map.of("amount", 12.5);
		assertThat(FeatureValue.of(row(NOW.minus(TTL), values), "amount", TTL, NOW).status())
			.isEqualTo(FeatureStatus.PRESENT);
		FeatureValue stale = FeatureValue.of(row(NOW.minus(TTL).minusMillis(1), values), "amount", TTL, NOW);
		assertThat(stale.status()).isEqualTo(FeatureStatus.STALE);
		assertThat(stale.value()).isEqualTo(12.5);
	}

	@Test
	void neverReportsStaleWithoutATtl() {
		assertThat(FeatureValue.of(row(Instant.EPOCH, Map.of("amount", 1)), "amount", null, NOW).status())
			.isEqualTo(FeatureStatus.PRESENT);
	}

	static OnlineRow row(Instant eventTime, Map<String, Object> values) {
		return new OnlineRow("v", 1, "c-1", eventTime, 1, values);
	}

}
