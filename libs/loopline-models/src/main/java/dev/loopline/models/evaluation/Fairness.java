package dev.loopline.models.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.loopline.contracts.FairnessReport;
import dev.loopline.features.Values;
import dev.loopline.models.Task;

/**
 * Computes a metric per group of a sensitive field and the gap between the best and the
 * worst group. Groups are the field's raw values as categories ({@code 3.0} and {@code 3}
 * are {@code "3"}); missing values form the group {@code "__missing__"}. A group where
 * the metric is undefined (e.g. ROC AUC with one class) is left out.
 */
final class Fairness {

	static final String MISSING = "__missing__";

	private Fairness() {
	}

	static FairnessReport report(Task task, FairnessSpec spec, List<Scored> scored, boolean probabilities) {
		List<String> known = TaskMetrics.names(task);
		if (!known.contains(spec.metric())) {
			throw new IllegalArgumentException("Unknown fairness metric '" + spec.metric() + "' for task " + task.id()
					+ " (known: " + known + ")");
		}
		Map<String, List<Scored>> groups = new TreeMap<>();
		for (Scored row : scored) {
			Object value = row.row().values().get(spec.field());
			String group = Values.isMissing(value) ? MISSING : Values.toCategory(value);
			groups.computeIfAbsent(group, (key) -> new ArrayList<>()).add(row);
		}
		Map<String, Double> byGroup = new LinkedHashMap<>();
		groups.forEach((group, rows) -> {
			Double value = TaskMetrics.compute(task, rows, probabilities).get(spec.metric());
			if (value != null) {
				byGroup.put(group, value);
			}
		});
		double gap = byGroup.isEmpty() ? 0
				: byGroup.values().stream().mapToDouble(Double::doubleValue).max().getAsDouble()
						- byGroup.values().stream().mapToDouble(Double::doubleValue).min().getAsDouble();
		return new FairnessReport(spec.field(), spec.metric(), byGroup, gap);
	}

}
