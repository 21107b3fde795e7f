package dev.loopline.serving.predict;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CanaryRouterTest {

	@Test
	void sendsAboutThePercentOfKeysToTheCanary() {
		long canary = IntStream.range(0, 10_000).filter((i) -> CanaryRouter.toCanary("customer-" + i, 10)).count();
		assertThat(canary).isBetween(900L, 1100L);
	}

	@Test
	void onlyMovesKeysToTheCanaryWhenTheShareGrows() {
		// stickiness across requests is shown end to end in DeploymentIT
		IntStream.range(0, 1000).mapToObj((i) -> "k" + i).forEach((key) -> {
			if (CanaryRouter.toCanary(key, 10)) {
				assertThat(CanaryRouter.toCanary(key, 30)).isTrue();
			}
		});
	}

	@Test
	void sendsNothingAtZeroAndEverythingAtAHundred() {
		assertThat(IntStream.range(0, 1000).noneMatch((i) -> CanaryRouter.toCanary("k" + i, 0))).isTrue();
		assertThat(IntStream.range(0, 1000).allMatch((i) -> CanaryRouter.toCanary("k" + i, 100))).isTrue();
	}

}
