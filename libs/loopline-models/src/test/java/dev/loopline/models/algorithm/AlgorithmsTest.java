package dev.loopline.models.algorithm;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.loopline.models.Task;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class AlgorithmsTest {

	@Test
	void listsTheAlgorithmsOfEachTask() {
		assertThat(Algorithms.names(Task.CLASSIFICATION)).containsExactly("logistic-regression", "linear-sgd", "cart",
				"random-forest", "xgboost");
		assertThat(Algorithms.names(Task.REGRESSION)).containsExactly("linear-sgd", "cart", "random-forest", "xgboost");
		assertThat(Algorithms.names(Task.ANOMALY)).containsExactly("libsvm-one-class");
	}

	@Test
	void givesDefaultsInDeclarationOrder() {
		assertThat(Algorithms.defaults(Task.CLASSIFICATION, "logistic-regression"))
			.containsExactly(Map.entry("epochs", 5), Map.entry("learningRate", 1.0), Map.entry("minibatchSize", 1));
		assertThat(Algorithms.defaults(Task.REGRESSION, "xgboost")).containsEntry("numTrees", 50)
			.containsEntry("eta", 0.3)
			.containsEntry("nThread", 1);
		assertThat(Algorithms.defaults(Task.ANOMALY, "libsvm-one-class")).containsEntry("nu", 0.1)
			.containsEntry("kernel", "rbf");
	}

	@Test
	void everyDefaultPassesItsOwnValidation() {
		for (Task task : Task.values()) {
			for (String algorithm : Algorithms.names(task)) {
				assertThatNoException()
					.isThrownBy(() -> Algorithms.validate(task, algorithm, Algorithms.defaults(task, algorithm)));
			}
		}
	}

	@Test
	void listsEveryErrorAtOnce() {
		Map<String, Object> overrides = new LinkedHashMap<>();
		overrides.put("numTrees", 0);
		overrides.put("eta", 2.5);
		overrides.put("maxDepth", 3.5);
		overrides.put("subsample", "half");
		overrides.put("depth", 4);
		overrides.put("lambda", Double.NaN);
		assertThatExceptionOfType(InvalidHyperparametersException.class)
			.isThrownBy(() -> Algorithms.validate(Task.CLASSIFICATION, "xgboost", overrides))
			.satisfies((ex) -> assertThat(ex.getErrors()).containsExactly(
					"hyperparameter 'numTrees': must be in [1, 10000], was 0",
					"hyperparameter 'eta': must be in (0, 1], was 2.5",
					"hyperparameter 'maxDepth': must be a whole number, was 3.5 (Double)",
					"hyperparameter 'subsample': must be a finite number, was 'half'",
					"unknown hyperparameter 'depth' for xgboost (known: [numTrees, eta, maxDepth, subsample, "
							+ "featureSubsample, gamma, minChildWeight, lambda, alpha, nThread])",
					"hyperparameter 'lambda': must be a finite number, was NaN (Double)"))
			.withMessageStartingWith("Invalid hyperparameters for 'xgboost': hyperparameter 'numTrees'");
	}

	@Test
	void rejectsUnknownChoicesAndAlgorithms() {
		assertThatExceptionOfType(InvalidHyperparametersException.class)
			.isThrownBy(() -> Algorithms.validate(Task.REGRESSION, "linear-sgd", Map.of("objective", "hinge")))
			.satisfies((ex) -> assertThat(ex.getErrors())
				.containsExactly("hyperparameter 'objective': must be one of [squared, huber, absolute], was 'hinge'"));
		assertThatExceptionOfType(InvalidHyperparametersException.class)
			.isThrownBy(() -> Algorithms.validate(Task.REGRESSION, "logistic-regression", Map.of()))
			.satisfies((ex) -> assertThat(ex.getErrors()).containsExactly(
					"unknown algorithm 'logistic-regression' for task regression (known: [linear-sgd, cart, "
							+ "random-forest, xgboost])"));
	}

	@Test
	void requiresAForestToSampleFeatures() {
		assertThatExceptionOfType(InvalidHyperparametersException.class)
			.isThrownBy(
					() -> Algorithms.validate(Task.REGRESSION, "random-forest", Map.of("fractionFeaturesInSplit", 1.0)))
			.satisfies((ex) -> assertThat(ex.getErrors())
				.containsExactly("hyperparameter 'fractionFeaturesInSplit': must be in (0, 1), was 1"));
		assertThatNoException()
			.isThrownBy(() -> Algorithms.validate(Task.REGRESSION, "cart", Map.of("fractionFeaturesInSplit", 1.0)));
	}

	@Test
	void mergesOverridesIntoDefaultsWithTheirJavaTypes() {
		Map<String, Object> effective = Algorithms.effective(Task.CLASSIFICATION, "linear-sgd",
				Map.of("objective", "log", "epochs", 12L, "learningRate", 1));
		assertThat(effective).containsExactly(Map.entry("objective", "log"), Map.entry("optimiser", "adagrad"),
				Map.entry("learningRate", 1.0), Map.entry("epochs", 12), Map.entry("minibatchSize", 1));
	}

	@Test
	void describesAllowedValues() {
		assertThat(Algorithms.hyperparameters(Task.ANOMALY, "libsvm-one-class"))
			.extracting(Hyperparameter::name, Hyperparameter::allowed)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("nu", "(0, 1]"),
					org.assertj.core.groups.Tuple.tuple("gamma", "[0, 1000000]"),
					org.assertj.core.groups.Tuple.tuple("kernel", "rbf | linear"));
	}

}
