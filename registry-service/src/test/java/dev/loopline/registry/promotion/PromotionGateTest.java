package dev.loopline.registry.promotion;

import java.util.Map;

import dev.loopline.contracts.PromotionPolicy;
import dev.loopline.registry.promotion.Decision.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate's decision table: absolute checks, comparison with the champion (both metric
 * directions), fairness, stale champions and manual approval.
 */
class PromotionGateTest {

	private static final PromotionPolicy ACCURACY = PromotionPolicy.notWorseThanChampion("accuracy");

	@Test
	void promotesTheFirstVersionWhenTheAbsoluteChecksPass() {
		Decision decision = decide(ACCURACY, Map.of("accuracy", 0.7), Map.of(), null, null, null);
		assertThat(decision.outcome()).isEqualTo(Outcome.PROMOTE);
		assertThat(decision.reason()).contains("first champion").contains("0.7000");
	}

	@Test
	void promotesAChallengerAtLeastAsGoodAsTheChampion() {
		assertThat(decide(ACCURACY, Map.of("accuracy", 0.85), Map.of("accuracy", 0.85), 1, 1, null).outcome())
			.isEqualTo(Outcome.PROMOTE);
	}

	@Test
	void rejectsAWorseChallengerWithTheNumbers() {
		Decision decision = decide(ACCURACY, Map.of("accuracy", 0.80), Map.of("accuracy", 0.85), 3, 3, null);
		assertThat(decision.outcome()).isEqualTo(Outcome.REJECT);
		assertThat(decision.reason()).contains("0.8000").contains("champion v3 0.8500").contains("worse by 0.0500");
	}

	@Test
	void toleratesDegradationWithinTheMargin() {
		PromotionPolicy policy = new PromotionPolicy("accuracy", 0.06, null, null, false);
		assertThat(decide(policy, Map.of("accuracy", 0.80), Map.of("accuracy", 0.85), 1, 1, null).outcome())
			.isEqualTo(Outcome.PROMOTE);
	}

	@Test
	void comparesErrorsWhereLowerIsBetter() {
		PromotionPolicy rmse = PromotionPolicy.notWorseThanChampion("rmse");
		assertThat(decide(rmse, Map.of("rmse", 1.0), Map.of("rmse", 2.0), 1, 1, null).outcome())
			.isEqualTo(Outcome.PROMOTE);
		assertThat(decide(rmse, Map.of("rmse", 2.5), Map.of("rmse", 2.0), 1, 1, null).outcome())
			.isEqualTo(Outcome.REJECT);
		PromotionPolicy capped = new PromotionPolicy("rmse", 0, 1.5, null, false);
		assertThat(decide(capped, Map.of("rmse", 1.6), Map.of(), null, null, null).reason())
			.contains("above the maximum 1.5000");
	}

	@Test
	void rejectsBelowTheMinimumEvenWithoutAChampion() {
		PromotionPolicy policy = new PromotionPolicy("accuracy", 0, 0.9, null, false);
		Decision decision = decide(policy, Map.of("accuracy", 0.85), Map.of(), null, null, null);
		assertThat(decision.outcome()).isEqualTo(Outcome.REJECT);
		assertThat(decision.reason()).contains("below the minimum 0.9000");
	}

	@Test
	void rejectsAMissingMetric() {
		assertThat(decide(ACCURACY, Map.of("macro_f1", 0.9), Map.of(), null, null, null).reason())
			.contains("accuracy is missing");
	}

	@Test
	void rejectsOverTheFairnessBoundOrWithoutAReport() {
		PromotionPolicy policy = new PromotionPolicy("accuracy", 0, null, 0.1, false);
		assertThat(decide(policy, Map.of("accuracy", 0.9), Map.of(), null, null, 0.2).reason())
			.contains("fairness gap 0.2000 is above the maximum 0.1000");
		assertThat(decide(policy, Map.of("accuracy", 0.9), Map.of(), null, null, null).reason())
			.contains("no fairness report");
		assertThat(decide(policy, Map.of("accuracy", 0.9), Map.of(), null, null, 0.05).outcome())
			.isEqualTo(Outcome.PROMOTE);
	}

	@Test
	void waitsForAPersonWhenTheChampionChangedDuringTheRun() {
		Decision decision = decide(ACCURACY, Map.of("accuracy", 0.99), Map.of("accuracy", 0.5), 1, 2, null);
		assertThat(decision.outcome()).isEqualTo(Outcome.PENDING_APPROVAL);
		assertThat(decision.reason()).contains("champion changed").contains("v1").contains("v2");
		assertThat(decide(ACCURACY, Map.of("accuracy", 0.99), Map.of(), null, 2, null).outcome())
			.isEqualTo(Outcome.PENDING_APPROVAL);
	}

	@Test
	void stillRejectsOnAbsoluteChecksWhenTheChampionChanged() {
		PromotionPolicy policy = new PromotionPolicy("accuracy", 0, 0.9, null, false);
		assertThat(decide(policy, Map.of("accuracy", 0.5), Map.of(), 1, 2, null).outcome()).isEqualTo(Outcome.REJECT);
	}

	@Test
	void waitsForManualApprovalWhenThePolicyAsksForIt() {
		PromotionPolicy policy = new PromotionPolicy("accuracy", 0, null, null, true);
		Decision decision = decide(policy, Map.of("accuracy", 0.9), Map.of("accuracy", 0.8), 1, 1, null);
		assertThat(decision.outcome()).isEqualTo(Outcome.PENDING_APPROVAL);
		assertThat(decision.reason()).contains("manual approval");
		assertThat(decide(policy, Map.of("accuracy", 0.7), Map.of("accuracy", 0.8), 1, 1, null).outcome())
			.isEqualTo(Outcome.REJECT);
	}

	@Test
	void waitsWhenTheChampionWasNotScoredOnTheSameHoldout() {
		assertThat(decide(ACCURACY, Map.of("accuracy", 0.9), Map.of(), 1, 1, null).outcome())
			.isEqualTo(Outcome.PENDING_APPROVAL);
	}

	@Test
	void defaultsToTheTasksFirstMetric() {
		assertThat(PromotionGate.defaultPolicy("classification", Map.of()).metric()).isEqualTo("accuracy");
		assertThat(PromotionGate.defaultPolicy("regression", Map.of()).metric()).isEqualTo("rmse");
		assertThat(PromotionGate.defaultPolicy("anomaly", Map.of()).metric()).isEqualTo("f1");
		assertThat(PromotionGate.defaultPolicy(null, Map.of("rmse", 1.0)).metric()).isEqualTo("rmse");
	}

	private static Decision decide(PromotionPolicy policy, Map<String, Double> metrics, Map<String, Double> champion,
			Integer runChampion, Integer currentChampion, Double gap) {
		return PromotionGate.decide(new GateInput(policy, metrics, champion, runChampion, currentChampion, gap));
	}

}
