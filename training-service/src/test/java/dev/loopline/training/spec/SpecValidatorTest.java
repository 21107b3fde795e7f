package dev.loopline.training.spec;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.loopline.training.spec.ModelSpec.Fairness;
import dev.loopline.training.spec.ModelSpec.FeatureViewRef;
import dev.loopline.training.spec.ModelSpec.Holdout;
import dev.loopline.training.spec.ModelSpec.Promotion;
import dev.loopline.training.spec.ModelSpec.Triggers;
import dev.loopline.training.spec.ModelSpec.Window;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpecValidatorTest {

	@Test
	void acceptsACompleteSpec() {
		assertThat(SpecValidator.validate("fraud", valid())).isEmpty();
	}

	@Test
	void acceptsAMinimalSpecAndCompletesItsDefaults() {
		ModelSpec minimal = new ModelSpec("regression", "orders", new FeatureViewRef("orders-view", null), "amount",
				"cart", null, null, null, null, null, null, null, null);
		assertThat(SpecValidator.validate("amounts", minimal)).isEmpty();
		ModelSpec completed = minimal.withDefaults();
		assertThat(completed.holdout()).isEqualTo(new Holdout(0.2, "random", 42L));
		assertThat(completed.triggers().cooldown()).isEqualTo(Duration.ofMinutes(10));
		assertThat(completed.metrics()).containsExactly("rmse", "mae", "r2");
	}

	@Test
	void listsEveryErrorAtOnce() {
		ModelSpec bad = new ModelSpec("classification", null, new FeatureViewRef(null, 0), "", "libsvm-one-class",
				Map.of(), new Window(0L, Instant.parse("2026-01-02T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")),
				new Holdout(1.0, "sideways", null), List.of("rmse"), new Fairness("gender", "r2"),
				new Promotion("rmse", -1.0, null, 0.1, false), new Triggers("every day", 0L, Duration.ofMinutes(-1)),
				null);
		List<String> paths = SpecValidator.validate("Bad Name", bad).stream().map(FieldError::path).toList();
		assertThat(paths).contains("name", "dataset", "label", "featureView.name", "algorithm", "window", "window.last",
				"window.to", "holdout.fraction", "holdout.strategy", "metrics[0]", "fairness.metric",
				"promotion.metric", "promotion.maxDegradation", "triggers.schedule", "triggers.newDataThreshold",
				"triggers.cooldown");
	}

	@Test
	void rejectsAnUnknownTask() {
		ModelSpec spec = new ModelSpec("clustering", "orders", new FeatureViewRef("v", null), "y", "cart", null, null,
				null, null, null, null, null, null);
		assertThat(SpecValidator.validate("m", spec)).extracting(FieldError::path).containsExactly("task");
	}

	@Test
	void rejectsInvalidHyperparametersThroughTheCatalogue() {
		ModelSpec spec = new ModelSpec("classification", "orders", new FeatureViewRef("v", null), "y",
				"logistic-regression", Map.of("noSuchParameter", 1), null, null, null, null, null, null, null);
		assertThat(SpecValidator.validate("m", spec)).extracting(FieldError::path).containsExactly("hyperparameters");
	}

	@Test
	void rejectsAPolicyMetricOfAnotherTaskAndAFairnessGapWithoutFairness() {
		ModelSpec spec = new ModelSpec("regression", "orders", new FeatureViewRef("v", null), "y", "cart", null, null,
				null, null, null, new Promotion("accuracy", 0.0, null, 0.1, false), null, null);
		assertThat(SpecValidator.validate("m", spec)).extracting(FieldError::path)
			.containsExactly("promotion.metric", "promotion.maxFairnessGap");
	}

	@Test
	void rejectsAPolicyMetricOutsideTheReportedSubset() {
		ModelSpec spec = new ModelSpec("classification", "orders", new FeatureViewRef("v", null), "y", "cart", null,
				null, null, List.of("accuracy"), null, new Promotion("macro_f1", 0.0, null, null, false), null, null);
		assertThat(SpecValidator.validate("m", spec)).extracting(FieldError::path).containsExactly("promotion.metric");
	}

	static ModelSpec valid() {
		return new ModelSpec("classification", "orders", new FeatureViewRef("orders-fraud", 1), "fraud",
				"logistic-regression", Map.of(), new Window(1000L, null, null), new Holdout(0.25, "time", 7L),
				List.of("accuracy", "macro_f1"), new Fairness("country", "accuracy"),
				new Promotion("accuracy", 0.01, 0.6, 0.2, false),
				new Triggers("0 0 3 * * *", 500L, Duration.ofHours(1)), "fraud model");
	}

}
