package dev.loopline.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.loopline.contracts.ValidatedRecord;
import dev.loopline.models.Task;
import dev.loopline.models.algorithm.AlgorithmSettings;
import dev.loopline.models.algorithm.Algorithms;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * The baseline: the same Tribuo trainer, built as the platform builds it, called directly
 * on the same rows already in memory: build the dataset, split 80/20 with the same seed,
 * train, evaluate on the hold-out. No feature store, no pipeline, no bundle, no registry.
 */
final class DirectTraining {

	private static final LabelFactory LABELS = new LabelFactory();

	private DirectTraining() {
	}

	/** Trains and evaluates; returns the hold-out accuracy and the seconds it took. */
	static Result run(String algorithm, Map<String, Object> hyperparameters, List<ValidatedRecord> records,
			int features, long seed) {
		long start = System.nanoTime();
		List<Example<Label>> examples = new ArrayList<>(records.size());
		String[] names = new String[features];
		for (int i = 0; i < features; i++) {
			names[i] = TrainingData.feature(i);
		}
		for (ValidatedRecord record : records) {
			Map<String, Object> fields = record.fields();
			double[] values = new double[features];
			for (int i = 0; i < features; i++) {
				values[i] = ((Number) fields.get(names[i])).doubleValue();
			}
			examples.add(new ArrayExample<>(new Label(String.valueOf(fields.get(TrainingData.LABEL))), names, values));
		}
		Collections.shuffle(examples, new Random(seed));
		int holdout = (int) Math.round(examples.size() * 0.2);
		MutableDataset<Label> test = dataset(examples.subList(0, holdout));
		MutableDataset<Label> train = dataset(examples.subList(holdout, examples.size()));
		Model<Label> model = trainer(algorithm, hyperparameters, features, seed).train(train);
		LabelEvaluation evaluation = new LabelEvaluator().evaluate(model, test);
		return new Result(evaluation.accuracy(), (System.nanoTime() - start) / 1e9);
	}

	private static MutableDataset<Label> dataset(List<Example<Label>> examples) {
		return new MutableDataset<>(
				new ListDataSource<>(examples, LABELS, new SimpleDataSourceProvenance("bench-direct", LABELS)));
	}

	/**
	 * The very trainer the platform trains with: built by loopline-models' catalogue from
	 * the same hyperparameters, so the two paths can never drift apart.
	 */
	@SuppressWarnings("unchecked")
	private static Trainer<Label> trainer(String algorithm, Map<String, Object> hyperparameters, int features,
			long seed) {
		Map<String, Object> effective = Algorithms.effective(Task.CLASSIFICATION, algorithm, hyperparameters);
		return (Trainer<Label>) Algorithms.trainer(Task.CLASSIFICATION, algorithm,
				new AlgorithmSettings(effective, seed, features));
	}

	/**
	 * One direct run.
	 *
	 * @param accuracy hold-out accuracy
	 * @param seconds wall time
	 */
	record Result(double accuracy, double seconds) {
	}

}
