package dev.loopline.monitoring.statistics;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * ADWIN on seeded Bernoulli error streams.
 */
class AdwinTest {

	@Test
	void detectsAnAbruptRiseOfTheErrorRateWithinABoundedDelay() {
		Adwin adwin = new Adwin(0.002, 1000);
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < 500; i++) {
			assertThat(adwin.add(bernoulli(random, 0.1))).isEqualTo(Adwin.Change.NONE);
		}
		int delay = -1;
		for (int i = 0; i < 300 && delay < 0; i++) {
			if (adwin.add(bernoulli(random, 0.6)) == Adwin.Change.INCREASE) {
				delay = i + 1;
			}
		}
		assertThat(delay).isBetween(1, 100);
		assertThat(adwin.width()).isLessThan(500);
	}

	@Test
	void detectsADropOfTheErrorRateAsADecrease() {
		Adwin adwin = new Adwin(0.002, 1000);
		SplittableRandom random = new SplittableRandom(11);
		for (int i = 0; i < 400; i++) {
			adwin.add(bernoulli(random, 0.7));
		}
		Adwin.Change change = Adwin.Change.NONE;
		for (int i = 0; i < 300 && change == Adwin.Change.NONE; i++) {
			change = adwin.add(bernoulli(random, 0.1));
		}
		assertThat(change).isEqualTo(Adwin.Change.DECREASE);
	}

	@Test
	void staysQuietOnAStationaryStream() {
		Adwin adwin = new Adwin(0.002, 1000);
		SplittableRandom random = new SplittableRandom(42);
		for (int i = 0; i < 5000; i++) {
			assertThat(adwin.add(bernoulli(random, 0.2))).as("value %d", i).isEqualTo(Adwin.Change.NONE);
		}
		assertThat(adwin.width()).isEqualTo(1000);
	}

	@Test
	void rejectsBadSettings() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Adwin(0, 1000));
		assertThatIllegalArgumentException().isThrownBy(() -> new Adwin(0.01, 5));
	}

	private static double bernoulli(SplittableRandom random, double p) {
		return (random.nextDouble() < p) ? 1 : 0;
	}

}
