package dev.loopline.models;

import java.util.ArrayList;
import java.util.List;

import dev.loopline.features.pipeline.FittedPipeline;
import dev.loopline.features.tribuo.TribuoExamples;
import org.tribuo.Example;
import org.tribuo.Output;

/**
 * Builds Tribuo examples from training rows through a fitted pipeline: the same path for
 * training and evaluation (and, without a label, for prediction), so there is no
 * training/serving skew. Rows whose label converts to no output are left out.
 */
public final class ModelExamples {

	private ModelExamples() {
	}

	/**
	 * Builds labelled examples.
	 * @param task the task, which fixes the output type
	 * @param pipeline the fitted pipeline
	 * @param rows the rows
	 * @return one labelled row and its example per row with a usable label, in row order
	 */
	public static List<Labelled> labelled(Task task, FittedPipeline pipeline, List<TrainingRow> rows) {
		List<Labelled> examples = new ArrayList<>(rows.size());
		for (TrainingRow row : rows) {
			Output<?> output = Outputs.of(task, row.label());
			if (output != null) {
				examples.add(new Labelled(row, example(pipeline, row, output)));
			}
		}
		return examples;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Example<?> example(FittedPipeline pipeline, TrainingRow row, Output<?> output) {
		return TribuoExamples.of(pipeline.vectorize(row.values()), (Output) output);
	}

	/**
	 * A row with its labelled example.
	 *
	 * @param row the training row
	 * @param example the example, whose output is the row's label
	 */
	public record Labelled(TrainingRow row, Example<?> example) {
	}

}
