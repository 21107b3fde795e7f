package dev.loopline.featurestore.online;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CoalescedReloadsTest {

	@Test
	void loadsKeysAskedForInOneWindowTogether() throws Exception {
		List<Set<String>> loads = new ArrayList<>();
		try (CoalescedReloads<String, String> reloads = new CoalescedReloads<>("test-reload", Duration.ofSeconds(1),
				(keys) -> {
					loads.add(Set.copyOf(keys));
					Map<String, String> values = new HashMap<>();
					keys.forEach((key) -> values.put(key, key.toUpperCase()));
					return values;
				})) {
			CompletableFuture<String> a = reloads.reload("a");
			CompletableFuture<String> b = reloads.reload("b");
			CompletableFuture<String> again = reloads.reload("a");
			assertThat(a.get(5, TimeUnit.SECONDS)).isEqualTo("A");
			assertThat(b.get(5, TimeUnit.SECONDS)).isEqualTo("B");
			assertThat(again).isSameAs(a);
			assertThat(loads).containsExactly(Set.of("a", "b"));
		}
	}

	@Test
	void failsEveryKeyOfAFailedLoad() {
		try (CoalescedReloads<String, String> reloads = new CoalescedReloads<>("test-reload", Duration.ofMillis(1),
				(keys) -> {
					throw new IllegalStateException("database down");
				})) {
			CompletableFuture<String> a = reloads.reload("a");
			assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> a.get(5, TimeUnit.SECONDS))
				.withCauseInstanceOf(IllegalStateException.class);
		}
	}

}
