package dev.loopline.monitoring.performance;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import dev.loopline.contracts.FeatureDrift;
import dev.loopline.models.Task;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The live metric, its judgement against the baseline, the label join's error and
 * prediction drift.
 */
class PerformanceJudgeTest {

	@Test
	void accuracyBelowBaselineMinusMarginDegradesOnEnoughLabels() {
		assertThat(PerformanceJudge.degraded(0.84, 0.90, 0.05, false, 100, 50)).isTrue();
		assertThat(PerformanceJudge.degraded(0.86, 0.90, 0.05, false, 100, 50)).isFalse();
		assertThat(PerformanceJudge.degraded(0.10, 0.90, 0.05, false, 49, 50)).isFalse();
	}

	@Test
	void rmseAboveBaselineTimesOnePlusMarginDegrades() {
		assertThat(PerformanceJudge.threshold(2.0, 0.05, true)).isCloseTo(2.1, within(1e-12));
		assertThat(PerformanceJudge.degraded(2.2, 2.0, 0.05, true, 100, 50)).isTrue();
		assertThat(PerformanceJudge.degraded(2.05, 2.0, 0.05, true, 100, 50)).isFalse();
	}

	@Test
	void theLiveWindowKeepsTheLastOutcomesAndAdwinSeesAFlip() {
		LiveWindow window = new LiveWindow(Task.CLASSIFICATION, 100, 0.002);
		SplittableRandom random = new SplittableRandom(3);
		boolean adwin = false;
		for (int i = 0; i < 300; i++) {
			adwin |= window.add((random.nextDouble() < 0.05) ? 1 : 0, Instant.EPOCH);
		}
		assertThat(adwin).isFalse();
		assertThat(window.metric()).isGreaterThan(0.9);
		for (int i = 0; i < 100 && !adwin; i++) {
			adwin = window.add((random.nextDouble() < 0.95) ? 1 : 0, Instant.EPOCH);
		}
		assertThat(adwin).isTrue();
		assertThat(window.count()).isEqualTo(100);
	}

	@Test
	void regressionWindowsGiveTheRmse() {
		LiveWindow window = new LiveWindow(Task.REGRESSION, 3, 0.002);
		window.add(1, Instant.EPOCH);
		window.add(-2, Instant.EPOCH);
		window.add(2, Instant.EPOCH);
		window.add(0, Instant.EPOCH);
		assertThat(window.metricName()).isEqualTo("rmse");
		assertThat(window.metric()).isCloseTo(Math.sqrt(8.0 / 3), within(1e-12));
	}

	@Test
	void errorsCompareLabelsValuesAndAnomalies() {
		assertThat(PerformanceTracker.error(Task.CLASSIFICATION, pending("yes", null), "yes")).isZero();
		assertThat(PerformanceTracker.error(Task.CLASSIFICATION, pending("yes", null), "no")).isEqualTo(1.0);
		assertThat(PerformanceTracker.error(Task.REGRESSION, pending(null, 3.5), "1.5")).isEqualTo(2.0);
		assertThat(PerformanceTracker.error(Task.REGRESSION, pending(null, 3.5), "n/a")).isNull();
		assertThat(PerformanceTracker.error(Task.ANOMALY, pending("ANOMALOUS", null), "true")).isZero();
		assertThat(PerformanceTracker.error(Task.ANOMALY, pending("ANOMALOUS", null), "0")).isEqualTo(1.0);
	}

	@Test
	void predictionDriftComparesLabelsWithChiSquareAndValuesWithKs() {
		List<Object> reference = repeat("yes", 50, "no", 50);
		FeatureDrift same = PredictionDrift.compare(reference, repeat("yes", 48, "no", 52));
		assertThat(same.statistic()).isEqualTo("chisquare");
		assertThat(same.drifted()).isFalse();
		assertThat(PredictionDrift.compare(reference, repeat("yes", 90, "no", 10)).drifted()).isTrue();
		FeatureDrift values = PredictionDrift.compare(List.of(1.0, 2.0, 3.0, 4.0, 5.0),
				List.of(6.0, 7.0, 8.0, 9.0, 10.0));
		assertThat(values.statistic()).isEqualTo("ks");
		assertThat(values.drifted()).isTrue();
	}

	private static PendingPredictions.Pending pending(String label, Double value) {
		return new PendingPredictions.Pending("m", 1, label, value);
	}

	private static List<Object> repeat(String a, int countA, String b, int countB) {
		List<Object> values = new java.util.ArrayList<>();
		for (int i = 0; i < countA; i++) {
			values.add(a);
		}
		for (int i = 0; i < countB; i++) {
			values.add(b);
		}
		return values;
	}

}
