package dev.loopline.registry.lineage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.loopline.contracts.ModelMetrics;
import dev.loopline.registry.version.ModelVersion;

/**
 * A model card generated from a version's metadata: intended task and label, data,
 * metrics against the champion, fairness per group, the policy decision, lineage, trainer
 * and hyperparameters. One map, rendered as JSON or by {@link ModelCardMarkdown}.
 */
final class ModelCard {

	private ModelCard() {
	}

	static Map<String, Object> of(ModelVersion version) {
		Map<String, Object> run = Lineage.section(version.lineage().get("run"));
		Map<String, Object> card = new LinkedHashMap<>();
		card.put("model", version.name());
		card.put("version", version.version());
		card.put("status", version.status());
		card.put("aliases", version.aliases());
		card.put("description", version.description());
		card.put("intendedUse", Lineage.map("task", run.get("task"), "label", run.get("labelField"), "algorithm",
				run.get("algorithm")));
		card.put("data", Lineage.section(version.lineage().get("trainingSet")));
		card.put("holdoutRows", run.get("holdoutRows"));
		card.put("metrics", metrics(version));
		card.put("championVersionCompared", version.championVersionCompared());
		card.put("fairness", version.fairness());
		card.put("policy", version.policy());
		card.put("decision", Lineage.map("status", version.status(), "reason", version.decisionReason()));
		card.put("trainer", Lineage.map("name", run.get("trainer"), "hyperparameters", run.get("hyperparameters"),
				"codeVersion", run.get("codeVersion")));
		card.put("lineage", Lineage.of(version));
		card.put("artifact", Lineage.map("id", version.artifactId(), "sha256", version.artifactSha256(), "size",
				version.artifactSize()));
		card.put("createdAt", version.createdAt());
		return card;
	}

	private static List<Map<String, Object>> metrics(ModelVersion version) {
		List<Map<String, Object>> rows = new ArrayList<>();
		version.metrics().keySet().stream().sorted().forEach((metric) -> {
			Double value = version.metrics().get(metric);
			Double champion = version.championMetrics().get(metric);
			rows.add(Lineage.map("metric", metric, "value", value, "champion", champion, "delta",
					(champion != null && value != null) ? value - champion : null, "lowerIsBetter",
					ModelMetrics.lowerIsBetter(metric)));
		});
		return rows;
	}

}
