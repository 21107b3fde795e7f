package dev.loopline.models.algorithm;

import java.util.List;

/**
 * The hyperparameters of XGBoost, shared by classification and regression, with XGBoost's
 * own defaults except the number of threads (1, so that training on a shared machine is
 * predictable and reproducible).
 */
final class XGBoostHyperparameters {

	private XGBoostHyperparameters() {
	}

	static List<Hyperparameter> all() {
		return List.of(CommonHyperparameters.numTrees(50),
				Hyperparameter.positive("eta", 0.3, 1, "learning rate (shrinkage) of each boosting round"),
				CommonHyperparameters.maxDepth(6),
				Hyperparameter.positive("subsample", 1.0, 1, "share of the rows sampled for each tree"),
				Hyperparameter.positive("featureSubsample", 1.0, 1, "share of the features sampled for each tree"),
				Hyperparameter.real("gamma", 0.0, 0, 1e9, "minimum loss reduction to split a leaf"),
				CommonHyperparameters.minChildWeight(1.0),
				Hyperparameter.real("lambda", 1.0, 0, 1e9, "L2 regularisation of the leaf weights"),
				Hyperparameter.real("alpha", 0.0, 0, 1e9, "L1 regularisation of the leaf weights"),
				Hyperparameter.integer("nThread", 1, 1, 256, "native threads used by XGBoost"));
	}

}
