package dev.loopline.models.predict;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One prediction as plain values.
 *
 * @param value the predicted class label ({@code String}), number ({@code Double}), or
 * {@code "ANOMALOUS"} / {@code "EXPECTED"}
 * @param score classification: the predicted class's score (its probability when the
 * model gives probabilities); anomaly: the anomaly score; regression: {@code null}
 * @param scores classification: class to score, in the model's class order; anomaly: the
 * predicted event type to its score; regression: empty
 */
public record Prediction(Object value, @Nullable Double score, Map<String, Double> scores) {

	public Prediction {
		scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
	}

}
