package dev.loopline.models.algorithm;

import java.util.List;

import dev.loopline.models.Task;
import libsvm.svm;
import org.tribuo.Trainer;
import org.tribuo.anomaly.Event;
import org.tribuo.anomaly.libsvm.LibSVMAnomalyTrainer;
import org.tribuo.anomaly.libsvm.SVMAnomalyType;
import org.tribuo.common.libsvm.KernelType;
import org.tribuo.common.libsvm.SVMParameters;

/**
 * The anomaly detection algorithm: LibSVM's one-class SVM. LibSVM prints its progress to
 * standard output through a process-wide hook, which is silenced here once.
 */
final class AnomalyAlgorithms {

	static {
		svm.svm_set_print_string_function((text) -> {
		});
	}

	private AnomalyAlgorithms() {
	}

	static List<AlgorithmDefinition> all() {
		return List.of(new AlgorithmDefinition(Task.ANOMALY, "libsvm-one-class",
				List.of(Hyperparameter.positive("nu", 0.1, 1,
						"upper bound on the share of training rows outside the boundary"),
						Hyperparameter.real("gamma", 0.0, 0, 1e6, "RBF kernel width; 0 = 1 / number of feature slots"),
						Hyperparameter.choice("kernel", "rbf", List.of("rbf", "linear"), "kernel function")),
				AnomalyAlgorithms::oneClass));
	}

	private static Trainer<Event> oneClass(AlgorithmSettings s) {
		KernelType kernel = s.choice("kernel").equals("linear") ? KernelType.LINEAR : KernelType.RBF;
		SVMParameters<Event> parameters = new SVMParameters<>(new SVMAnomalyType(SVMAnomalyType.SVMMode.ONE_CLASS),
				kernel);
		parameters.setNu(s.real("nu"));
		double gamma = s.real("gamma");
		parameters.setGamma((gamma > 0) ? gamma : 1.0 / Math.max(1, s.featureCount()));
		return new LibSVMAnomalyTrainer(parameters, s.seed());
	}

}
