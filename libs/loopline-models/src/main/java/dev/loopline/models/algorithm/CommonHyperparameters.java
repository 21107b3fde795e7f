package dev.loopline.models.algorithm;

import java.util.List;

import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.math.optimisers.Adam;
import org.tribuo.math.optimisers.SGD;

/**
 * Hyperparameters shared by several algorithms, with the defaults of the Tribuo trainers
 * they map to unless said otherwise, and the optimiser they choose.
 */
final class CommonHyperparameters {

	static final int MAX_EPOCHS = 10_000;

	static final int MAX_TREES = 10_000;

	private CommonHyperparameters() {
	}

	static Hyperparameter epochs(int defaultValue) {
		return Hyperparameter.integer("epochs", defaultValue, 1, MAX_EPOCHS, "passes over the training data");
	}

	static Hyperparameter learningRate(double defaultValue) {
		return Hyperparameter.positive("learningRate", defaultValue, 1e6, "initial learning rate of the optimiser");
	}

	static Hyperparameter minibatchSize() {
		return Hyperparameter.integer("minibatchSize", 1, 1, 1_000_000, "examples per gradient step");
	}

	static Hyperparameter optimiser() {
		return Hyperparameter.choice("optimiser", "adagrad", List.of("adagrad", "sgd", "adam"),
				"gradient optimiser: AdaGrad (epsilon 0.1), constant-rate SGD or Adam (0.9, 0.999, 1e-6)");
	}

	static Hyperparameter maxDepth(int defaultValue) {
		return Hyperparameter.integer("maxDepth", defaultValue, 1, 1000, "maximum depth of a tree");
	}

	static Hyperparameter minChildWeight(double defaultValue) {
		return Hyperparameter.real("minChildWeight", defaultValue, 0, 1e9, "minimum example weight in a child node");
	}

	static Hyperparameter fractionFeaturesInSplit(double defaultValue) {
		return Hyperparameter.positive("fractionFeaturesInSplit", defaultValue, 1,
				"share of the features considered at each split");
	}

	static Hyperparameter forestFractionFeaturesInSplit() {
		return Hyperparameter.openFraction("fractionFeaturesInSplit", 0.5,
				"share of the features considered at each split (below 1: a forest needs random feature subsets)");
	}

	static Hyperparameter minImpurityDecrease() {
		return Hyperparameter.real("minImpurityDecrease", 0.0, 0, 1e9, "minimum impurity decrease to split a node");
	}

	static Hyperparameter numTrees(int defaultValue) {
		return Hyperparameter.integer("numTrees", defaultValue, 1, MAX_TREES, "number of trees");
	}

	static StochasticGradientOptimiser optimiser(AlgorithmSettings settings) {
		double rate = settings.real("learningRate");
		return switch (settings.choice("optimiser")) {
			case "sgd" -> SGD.getSimpleSGD(rate);
			case "adam" -> new Adam(rate, 0.9, 0.999, 1e-6);
			default -> new AdaGrad(rate, 0.1);
		};
	}

}
