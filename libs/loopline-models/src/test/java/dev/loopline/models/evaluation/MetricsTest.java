package dev.loopline.models.evaluation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each metric on a tiny case computed by hand. */
class MetricsTest {

	@Test
	void accuracyAndMacroF1OverTheClassesOfTruthAndPredictions() {
		// truth a a b b c, predicted a b b b a: a tp1 fp1 fn1 -> 0.5; b tp2 fp1 fn0 ->
		// 0.8; c tp0 fn1 -> 0
		Map<String, Double> metrics = ClassificationMetrics.compute(List.of("a", "a", "b", "b", "c"),
				List.of("a", "b", "b", "b", "a"), null);
		assertThat(metrics).containsOnlyKeys("accuracy", "macro_f1");
		assertThat(metrics.get("accuracy")).isCloseTo(0.6, within(1e-12));
		assertThat(metrics.get("macro_f1")).isCloseTo((0.5 + 0.8 + 0.0) / 3, within(1e-12));
	}

	@Test
	void rocAucCountsTiesAsHalf() {
		// positives score 0.4 and 0.8, negatives 0.1 and 0.4: pairs won 1 + 1 + 0.5 + 1
		// of 4
		List<String> truth = List.of("no", "no", "yes", "yes");
		List<Map<String, Double>> probabilities = List.of(Map.of("yes", 0.1, "no", 0.9), Map.of("yes", 0.4, "no", 0.6),
				Map.of("yes", 0.4, "no", 0.6), Map.of("yes", 0.8, "no", 0.2));
		Map<String, Double> metrics = ClassificationMetrics.compute(truth, List.of("no", "no", "no", "yes"),
				probabilities);
		assertThat(metrics.get("roc_auc")).isCloseTo(0.875, within(1e-12));
	}

	@Test
	void rocAucIsTheMacroOneVsRestMeanForMoreClasses() {
		List<String> truth = List.of("a", "b", "c");
		List<Map<String, Double>> probabilities = List.of(Map.of("a", 0.6, "b", 0.3, "c", 0.1),
				Map.of("a", 0.5, "b", 0.2, "c", 0.3), Map.of("a", 0.1, "b", 0.1, "c", 0.8));
		// a: 1.0; b: its positive (0.2) beats 0.1 but not 0.3 -> 0.5; c: 1.0
		assertThat(ClassificationMetrics.rocAuc(truth, probabilities)).isCloseTo((1.0 + 0.5 + 1.0) / 3, within(1e-12));
	}

	@Test
	void logLossIsTheMeanNegativeLogProbabilityOfTheTruthClipped() {
		List<Map<String, Double>> probabilities = List.of(Map.of("yes", 0.8, "no", 0.2),
				Map.of("yes", 0.25, "no", 0.75), Map.of("yes", 1.0, "no", 0.0));
		double expected = -(Math.log(0.8) + Math.log(0.75) + Math.log(1e-15)) / 3;
		assertThat(ClassificationMetrics.logLoss(List.of("yes", "no", "no"), probabilities)).isCloseTo(expected,
				within(1e-12));
	}

	@Test
	void regressionErrorsAndR2() {
		// errors 0, -1, 2, -1: mse 6/4, mae 4/4; truth mean 2.5, ss_tot 1.5^2*2 + 0.5^2*2
		// = 5
		Map<String, Double> metrics = RegressionMetrics.compute(new double[] { 1, 2, 3, 4 },
				new double[] { 1, 3, 1, 5 });
		assertThat(metrics.get("rmse")).isCloseTo(Math.sqrt(1.5), within(1e-12));
		assertThat(metrics.get("mae")).isCloseTo(1.0, within(1e-12));
		assertThat(metrics.get("r2")).isCloseTo(1 - 6.0 / 5, within(1e-12));
	}

	@Test
	void r2OfAConstantTruthIsOneOnlyWhenPerfect() {
		assertThat(RegressionMetrics.compute(new double[] { 2, 2 }, new double[] { 2, 2 })).containsEntry("r2", 1.0);
		assertThat(RegressionMetrics.compute(new double[] { 2, 2 }, new double[] { 2, 3 })).containsEntry("r2", 0.0);
	}

	@Test
	void anomalyPrecisionRecallAndF1WithAnomalousAsPositive() {
		// tp 2, fp 1, fn 1, tn 1
		Map<String, Double> metrics = AnomalyMetrics.compute(new boolean[] { true, true, true, false, false },
				new boolean[] { true, true, false, true, false });
		assertThat(metrics.get("precision")).isCloseTo(2.0 / 3, within(1e-12));
		assertThat(metrics.get("recall")).isCloseTo(2.0 / 3, within(1e-12));
		assertThat(metrics.get("f1")).isCloseTo(2.0 / 3, within(1e-12));
	}

	@Test
	void anomalyRatiosWithoutAnyPredictedAnomalyAreZero() {
		assertThat(AnomalyMetrics.compute(new boolean[] { true, false }, new boolean[] { false, false }))
			.containsExactly(Map.entry("precision", 0.0), Map.entry("recall", 0.0), Map.entry("f1", 0.0));
	}

	@Test
	void noRowsGiveNoMetrics() {
		assertThat(ClassificationMetrics.compute(List.of(), List.of(), List.of())).isEmpty();
		assertThat(RegressionMetrics.compute(new double[0], new double[0])).isEmpty();
		assertThat(AnomalyMetrics.compute(new boolean[0], new boolean[0])).isEmpty();
	}

}
