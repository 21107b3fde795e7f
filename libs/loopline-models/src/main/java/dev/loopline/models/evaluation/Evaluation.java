package dev.loopline.models.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.loopline.contracts.FairnessReport;
import org.jspecify.annotations.Nullable;

/**
 * The result of an evaluation.
 *
 * @param metrics metric name to value (finite values only: an undefined metric is left
 * out)
 * @param fairness the fairness report, when one was asked for
 */
public record Evaluation(Map<String, Double> metrics, @Nullable FairnessReport fairness) {

	public Evaluation {
		metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
	}

}
