package dev.loopline.features.tribuo;

import java.util.Map;

import dev.loopline.features.FeatureVector;
import dev.loopline.features.pipeline.FittedPipeline;
import org.tribuo.Example;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.impl.ArrayExample;

/**
 * Builds Tribuo examples from feature vectors. Every slot becomes a feature of the same
 * name and value, zeros included, so a model sees the same dense feature set in training
 * and at serving time (Tribuo keeps features sorted by name; the values do not change).
 * Vectors are always finite, so the examples pass Tribuo's validation.
 */
public final class TribuoExamples {

	private TribuoExamples() {
	}

	/**
	 * Builds a training example.
	 * @param <T> the output type
	 * @param vector the feature vector
	 * @param output the ground truth
	 * @return the example
	 */
	public static <T extends Output<T>> Example<T> of(FeatureVector vector, T output) {
		return new ArrayExample<>(output, vector.names().toArray(String[]::new), vector.values());
	}

	/**
	 * Builds a prediction example, whose output is the factory's unknown output.
	 * @param <T> the output type
	 * @param vector the feature vector
	 * @param outputFactory the model's output factory
	 * @return the example
	 */
	public static <T extends Output<T>> Example<T> forPrediction(FeatureVector vector, OutputFactory<T> outputFactory) {
		return of(vector, outputFactory.getUnknownOutput());
	}

	/**
	 * Vectorizes a record with a fitted pipeline and builds an example: the one path from
	 * a record to a Tribuo example.
	 * @param <T> the output type
	 * @param pipeline the fitted pipeline
	 * @param record raw fields by name
	 * @param aggregates computed aggregate values by feature name; may be empty
	 * @param output the ground truth, or the unknown output when predicting
	 * @return the example
	 */
	public static <T extends Output<T>> Example<T> of(FittedPipeline pipeline, Map<String, ?> record,
			Map<String, ?> aggregates, T output) {
		return of(pipeline.vectorize(record, aggregates), output);
	}

}
