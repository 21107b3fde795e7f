package dev.loopline.models.algorithm;

import java.util.ArrayList;
import java.util.List;

import dev.loopline.models.Task;
import org.tribuo.Trainer;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.common.xgboost.XGBoostTrainer;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.ensemble.AveragingCombiner;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.rtree.impurity.MeanAbsoluteError;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;
import org.tribuo.regression.sgd.RegressionObjective;
import org.tribuo.regression.sgd.linear.LinearSGDTrainer;
import org.tribuo.regression.sgd.objectives.AbsoluteLoss;
import org.tribuo.regression.sgd.objectives.Huber;
import org.tribuo.regression.sgd.objectives.SquaredLoss;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;

/** The regression algorithms: linear SGD, CART, random forest and XGBoost. */
final class RegressionAlgorithms {

	private static final Task TASK = Task.REGRESSION;

	private RegressionAlgorithms() {
	}

	static List<AlgorithmDefinition> all() {
		return List.of(linearSgd(), cart(), randomForest(), xgboost());
	}

	private static AlgorithmDefinition linearSgd() {
		return new AlgorithmDefinition(TASK, "linear-sgd",
				List.of(Hyperparameter.choice("objective", "squared", List.of("squared", "huber", "absolute"),
						"loss: squared error, Huber (delta 1) or absolute error"), CommonHyperparameters.optimiser(),
						CommonHyperparameters.learningRate(0.1), CommonHyperparameters.epochs(10),
						CommonHyperparameters.minibatchSize()),
				(s) -> new LinearSGDTrainer(objective(s.choice("objective")), CommonHyperparameters.optimiser(s),
						s.integer("epochs"), -1, s.integer("minibatchSize"), s.seed()));
	}

	private static RegressionObjective objective(String name) {
		return switch (name) {
			case "huber" -> new Huber();
			case "absolute" -> new AbsoluteLoss();
			default -> new SquaredLoss();
		};
	}

	private static List<Hyperparameter> treeParameters(Hyperparameter fractionFeatures) {
		return List.of(CommonHyperparameters.maxDepth(10), CommonHyperparameters.minChildWeight(5.0),
				CommonHyperparameters.minImpurityDecrease(), fractionFeatures, Hyperparameter.choice("impurity", "mse",
						List.of("mse", "mae"), "split criterion: mean squared or mean absolute error"));
	}

	private static AlgorithmDefinition cart() {
		return new AlgorithmDefinition(TASK, "cart", treeParameters(CommonHyperparameters.fractionFeaturesInSplit(1.0)),
				RegressionAlgorithms::tree);
	}

	private static AlgorithmDefinition randomForest() {
		List<Hyperparameter> parameters = new ArrayList<>(
				treeParameters(CommonHyperparameters.forestFractionFeaturesInSplit()));
		parameters.add(0, CommonHyperparameters.numTrees(50));
		return new AlgorithmDefinition(TASK, "random-forest", parameters,
				(s) -> new RandomForestTrainer<Regressor>(tree(s), new AveragingCombiner(), s.integer("numTrees"),
						s.seed()));
	}

	private static CARTRegressionTrainer tree(AlgorithmSettings s) {
		return new CARTRegressionTrainer(s.integer("maxDepth"), (float) s.real("minChildWeight"),
				(float) s.real("minImpurityDecrease"), (float) s.real("fractionFeaturesInSplit"), false,
				s.choice("impurity").equals("mae") ? new MeanAbsoluteError() : new MeanSquaredError(), s.seed());
	}

	private static AlgorithmDefinition xgboost() {
		return new AlgorithmDefinition(TASK, "xgboost", XGBoostHyperparameters.all(),
				RegressionAlgorithms::xgboostTrainer);
	}

	private static Trainer<Regressor> xgboostTrainer(AlgorithmSettings s) {
		return new XGBoostRegressionTrainer(XGBoostTrainer.BoosterType.GBTREE, XGBoostTrainer.TreeMethod.AUTO,
				XGBoostRegressionTrainer.RegressionType.LINEAR, s.integer("numTrees"), s.real("eta"), s.real("gamma"),
				s.integer("maxDepth"), s.real("minChildWeight"), s.real("subsample"), s.real("featureSubsample"),
				s.real("lambda"), s.real("alpha"), s.integer("nThread"), XGBoostTrainer.LoggingVerbosity.SILENT,
				s.seed());
	}

}
