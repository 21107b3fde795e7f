package dev.loopline.models.algorithm;

import java.util.ArrayList;
import java.util.List;

import dev.loopline.models.Task;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.Entropy;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.Hinge;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.common.xgboost.XGBoostTrainer;
import org.tribuo.math.optimisers.AdaGrad;

/**
 * The classification algorithms. {@code logistic-regression} is Tribuo's
 * {@code LogisticRegressionTrainer} (log loss, AdaGrad with epsilon 0.1) built through
 * {@link LinearSGDTrainer} so its epochs, rate, minibatch and seed can be set.
 */
final class ClassificationAlgorithms {

	private static final Task TASK = Task.CLASSIFICATION;

	private ClassificationAlgorithms() {
	}

	static List<AlgorithmDefinition> all() {
		return List.of(logisticRegression(), linearSgd(), cart(), randomForest(), xgboost());
	}

	private static AlgorithmDefinition logisticRegression() {
		return new AlgorithmDefinition(TASK, "logistic-regression",
				List.of(CommonHyperparameters.epochs(5), CommonHyperparameters.learningRate(1.0),
						CommonHyperparameters.minibatchSize()),
				(s) -> new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(s.real("learningRate"), 0.1),
						s.integer("epochs"), -1, s.integer("minibatchSize"), s.seed()));
	}

	private static AlgorithmDefinition linearSgd() {
		return new AlgorithmDefinition(TASK, "linear-sgd",
				List.of(Hyperparameter.choice("objective", "hinge", List.of("hinge", "log"),
						"loss: hinge (linear SVM, scores without probabilities) or log (probabilities)"),
						CommonHyperparameters.optimiser(), CommonHyperparameters.learningRate(1.0),
						CommonHyperparameters.epochs(5), CommonHyperparameters.minibatchSize()),
				(s) -> new LinearSGDTrainer(s.choice("objective").equals("log") ? new LogMulticlass() : new Hinge(),
						CommonHyperparameters.optimiser(s), s.integer("epochs"), -1, s.integer("minibatchSize"),
						s.seed()));
	}

	private static List<Hyperparameter> treeParameters(Hyperparameter fractionFeatures) {
		return List.of(CommonHyperparameters.maxDepth(10), CommonHyperparameters.minChildWeight(5.0),
				CommonHyperparameters.minImpurityDecrease(), fractionFeatures,
				Hyperparameter.choice("impurity", "gini", List.of("gini", "entropy"), "split criterion"));
	}

	private static AlgorithmDefinition cart() {
		return new AlgorithmDefinition(TASK, "cart", treeParameters(CommonHyperparameters.fractionFeaturesInSplit(1.0)),
				ClassificationAlgorithms::tree);
	}

	private static AlgorithmDefinition randomForest() {
		List<Hyperparameter> parameters = new ArrayList<>(
				treeParameters(CommonHyperparameters.forestFractionFeaturesInSplit()));
		parameters.add(0, CommonHyperparameters.numTrees(50));
		return new AlgorithmDefinition(TASK, "random-forest", parameters,
				(s) -> new RandomForestTrainer<Label>(tree(s), new VotingCombiner(), s.integer("numTrees"), s.seed()));
	}

	private static CARTClassificationTrainer tree(AlgorithmSettings s) {
		return new CARTClassificationTrainer(s.integer("maxDepth"), (float) s.real("minChildWeight"),
				(float) s.real("minImpurityDecrease"), (float) s.real("fractionFeaturesInSplit"), false,
				s.choice("impurity").equals("entropy") ? new Entropy() : new GiniIndex(), s.seed());
	}

	private static AlgorithmDefinition xgboost() {
		return new AlgorithmDefinition(TASK, "xgboost", XGBoostHyperparameters.all(),
				ClassificationAlgorithms::xgboostTrainer);
	}

	private static Trainer<Label> xgboostTrainer(AlgorithmSettings s) {
		return new XGBoostClassificationTrainer(XGBoostTrainer.BoosterType.GBTREE, XGBoostTrainer.TreeMethod.AUTO,
				s.integer("numTrees"), s.real("eta"), s.real("gamma"), s.integer("maxDepth"), s.real("minChildWeight"),
				s.real("subsample"), s.real("featureSubsample"), s.real("lambda"), s.real("alpha"),
				s.integer("nThread"), XGBoostTrainer.LoggingVerbosity.SILENT, s.seed());
	}

}
