package dev.loopline.models.predict;

import java.util.List;
import java.util.Map;

import dev.loopline.features.pipeline.FittedPipeline;
import dev.loopline.features.tribuo.TribuoExamples;
import dev.loopline.models.Outputs;
import dev.loopline.models.Task;
import dev.loopline.models.bundle.ModelBundle;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Output;
import org.tribuo.OutputFactory;

/**
 * Predicts raw records with a bundle: the bundle's fitted pipeline turns a record into a
 * vector (the same code path as in training), the model predicts it. Thread-safe: Tribuo
 * models may be shared between threads for prediction.
 */
public final class Predictor {

	private final Task task;

	private final Model<?> model;

	private final FittedPipeline pipeline;

	private final OutputFactory<?> outputFactory;

	/**
	 * Creates a predictor.
	 * @param bundle the model bundle
	 */
	public Predictor(ModelBundle bundle) {
		this.task = bundle.manifest().task();
		this.model = bundle.model();
		this.pipeline = bundle.pipeline();
		this.outputFactory = Outputs.factory(this.task);
	}

	/**
	 * Predicts one record.
	 * @param record raw fields by name
	 * @param aggregates aggregate feature values by feature name (may be empty; missing
	 * ones are read from the record under the feature name)
	 * @return the prediction
	 */
	public Prediction predict(Map<String, ?> record, Map<String, ?> aggregates) {
		return Predictions.predict(this.task, this.model, List.of(example(record, aggregates))).get(0);
	}

	/**
	 * Predicts records in one batch, each read without separate aggregates.
	 * @param records raw records
	 * @return one prediction per record, in order
	 */
	public List<Prediction> predictAll(List<? extends Map<String, ?>> records) {
		return Predictions.predict(this.task, this.model,
				records.stream().map((record) -> example(record, Map.of())).toList());
	}

	/**
	 * Returns the task of the bundle's model.
	 * @return the task
	 */
	public Task task() {
		return this.task;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private Example<?> example(Map<String, ?> record, Map<String, ?> aggregates) {
		Output unknown = this.outputFactory.getUnknownOutput();
		return TribuoExamples.of(this.pipeline.vectorize(record, aggregates), unknown);
	}

}
