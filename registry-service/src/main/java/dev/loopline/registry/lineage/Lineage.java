package dev.loopline.registry.lineage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.loopline.contracts.TrainingTrigger;
import dev.loopline.registry.version.ModelVersion;
import org.jspecify.annotations.Nullable;

/**
 * The lineage chain of a version as the API answers it: version → run → training set →
 * feature view version → data contract versions → trigger, with the links that are
 * missing (older events, runs that did not go through the feature store) listed.
 */
final class Lineage {

	private Lineage() {
	}

	static Map<String, Object> of(ModelVersion version) {
		Map<String, Object> run = section(version.lineage().get("run"));
		Map<String, Object> set = section(version.lineage().get("trainingSet"));
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("model", version.name());
		result.put("version", version.version());
		result.put("status", version.status());
		result.put("artifact",
				map("id", version.artifactId(), "sha256", version.artifactSha256(), "size", version.artifactSize()));
		result.put("run", pick(run, "id", "correlationId", "startedAt", "finishedAt", "trainer", "algorithm",
				"hyperparameters", "specVersion", "codeVersion"));
		result.put("trainingSet",
				pick(set, "id", "dataset", "watermark", "sequenceWatermark", "rowCount", "contentHash"));
		result.put("featureView", map("name", set.get("featureView"), "version", set.get("featureViewVersion")));
		result.put("dataContracts",
				map("dataset", set.get("dataset"), "versions", set.getOrDefault("contractVersions", List.of())));
		result.put("trigger", map("type", run.get("trigger"), "requestedBy", run.get("requestedBy"), "alertId",
				run.get("alertId"), "correlationId", run.get("correlationId")));
		List<String> missing = missing(run, set);
		result.put("complete", missing.isEmpty());
		result.put("missing", missing);
		return result;
	}

	private static List<String> missing(Map<String, Object> run, Map<String, Object> set) {
		List<String> missing = new ArrayList<>();
		for (String key : List.of("id", "trigger", "requestedBy", "correlationId")) {
			absent(missing, "run." + key, run.get(key));
		}
		for (String key : List.of("id", "dataset", "sequenceWatermark", "contentHash", "featureView",
				"featureViewVersion")) {
			absent(missing, "trainingSet." + key, set.get(key));
		}
		Object contracts = set.get("contractVersions");
		if (!(contracts instanceof Collection<?> versions) || versions.isEmpty()) {
			missing.add("dataContracts.versions");
		}
		if (TrainingTrigger.ALERT.name().equals(run.get("trigger"))) {
			absent(missing, "trigger.alertId", run.get("alertId"));
		}
		return missing;
	}

	private static void absent(List<String> missing, String name, @Nullable Object value) {
		if (value == null) {
			missing.add(name);
		}
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> section(@Nullable Object value) {
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

	static Map<String, Object> pick(Map<String, Object> source, String... keys) {
		Map<String, Object> result = new LinkedHashMap<>();
		for (String key : keys) {
			result.put(key, source.get(key));
		}
		return result;
	}

	static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> result = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			result.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return result;
	}

}
