package dev.loopline.serving.oip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.loopline.features.profile.FeatureStats;
import dev.loopline.models.Task;
import dev.loopline.serving.deployment.LoadedModel;
import dev.loopline.serving.deployment.ModelDeployment;

/**
 * The protocol's model metadata of a loaded version: inputs are the raw source fields of
 * the bundle's feature view, typed from the bundle's training profile (numeric → FP64,
 * categorical → BYTES); outputs are {@code predictions} (BYTES labels, FP64 for
 * regression) and, for classification and anomaly models, {@code scores} (FP64, one
 * column per class).
 */
final class ModelMetadata {

	private ModelMetadata() {
	}

	static Map<String, Object> of(ModelDeployment deployment, LoadedModel model) {
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("name", model.name());
		metadata.put("versions",
				deployment.aliases().values().stream().map((m) -> Integer.toString(m.version())).distinct().toList());
		metadata.put("platform", "loopline-tribuo");
		metadata.put("inputs", inputs(model));
		List<Map<String, Object>> outputs = new ArrayList<>();
		outputs.add(tensor("predictions", regression(model) ? "FP64" : "BYTES", List.of(-1)));
		if (!regression(model)) {
			outputs.add(tensor("scores", "FP64", List.of(-1, -1)));
		}
		metadata.put("outputs", outputs);
		metadata.put("parameters", Map.of("version", Integer.toString(model.version()), "alias", model.alias(), "task",
				model.bundle().manifest().task().id()));
		return metadata;
	}

	/** Names an inference request may use: source fields, and aggregate features. */
	static Set<String> acceptedInputs(LoadedModel model) {
		Set<String> names = new LinkedHashSet<>(model.sourceFields());
		names.addAll(model.aggregateFeatures());
		return names;
	}

	static boolean regression(LoadedModel model) {
		return model.bundle().manifest().task() == Task.REGRESSION;
	}

	private static List<Map<String, Object>> inputs(LoadedModel model) {
		return model.sourceFields()
			.stream()
			.map((field) -> tensor(field, datatype(model, field), List.of(-1)))
			.toList();
	}

	private static String datatype(LoadedModel model, String field) {
		return model.bundle()
			.profile()
			.feature(field)
			.map((stats) -> (stats instanceof FeatureStats.Numeric) ? "FP64" : "BYTES")
			.orElse("BYTES");
	}

	private static Map<String, Object> tensor(String name, String datatype, List<Integer> shape) {
		Map<String, Object> tensor = new LinkedHashMap<>();
		tensor.put("name", name);
		tensor.put("datatype", datatype);
		tensor.put("shape", shape);
		return tensor;
	}

}
