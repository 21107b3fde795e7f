package dev.loopline.models.predict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.loopline.models.Task;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.anomaly.Event;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/**
 * Runs a Tribuo model on examples and converts its predictions into {@link Prediction}s.
 */
public final class Predictions {

	private Predictions() {
	}

	/**
	 * Predicts a batch of examples.
	 * @param task the model's task
	 * @param model the model
	 * @param examples the examples (their outputs are ignored)
	 * @return one prediction per example, in order
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static List<Prediction> predict(Task task, Model<?> model, List<? extends Example<?>> examples) {
		if (examples.isEmpty()) {
			return List.of();
		}
		List<org.tribuo.Prediction<?>> predictions = ((Model) model).predict((Iterable) examples);
		List<Prediction> converted = new ArrayList<>(predictions.size());
		predictions.forEach((prediction) -> converted.add(of(task, prediction)));
		return converted;
	}

	/**
	 * Converts one Tribuo prediction.
	 * @param task the model's task
	 * @param prediction the Tribuo prediction
	 * @return the plain prediction
	 */
	public static Prediction of(Task task, org.tribuo.Prediction<?> prediction) {
		return switch (task) {
			case CLASSIFICATION -> classification(prediction);
			case REGRESSION -> new Prediction(((Regressor) prediction.getOutput()).getValues()[0], null, Map.of());
			case ANOMALY -> anomaly((Event) prediction.getOutput());
		};
	}

	private static Prediction classification(org.tribuo.Prediction<?> prediction) {
		Label label = (Label) prediction.getOutput();
		Map<String, Double> scores = new LinkedHashMap<>();
		prediction.getOutputScores().forEach((name, output) -> {
			double score = ((Label) output).getScore();
			if (!Double.isNaN(score)) {
				scores.put(name, score);
			}
		});
		return new Prediction(label.getLabel(), Double.isNaN(label.getScore()) ? null : label.getScore(), scores);
	}

	private static Prediction anomaly(Event event) {
		String type = event.getType().name();
		return new Prediction(type, event.getScore(), Map.of(type, event.getScore()));
	}

}
