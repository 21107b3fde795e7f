package dev.loopline.registry.lineage;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.loopline.contracts.TrainingContext;
import dev.loopline.contracts.TrainingRunFinished;
import dev.loopline.contracts.TrainingSet;

/**
 * The lineage a finished run leaves with its version: the run (trigger, requester,
 * correlation and alert ids, trainer, hyperparameters, code version) and its exact
 * training set (feature view version, sequence watermark, hash, data contract versions).
 * Stored as JSON with the version; older events simply leave fields out.
 */
public final class RunLineage {

	private RunLineage() {
	}

	public static Map<String, Object> of(TrainingRunFinished run) {
		Map<String, Object> lineage = new LinkedHashMap<>();
		lineage.put("run", run(run));
		if (run.trainingSet() != null) {
			lineage.put("trainingSet", trainingSet(run.trainingSet()));
		}
		return lineage;
	}

	private static Map<String, Object> run(TrainingRunFinished run) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("id", run.runId());
		map.put("correlationId", run.metadata().correlationId());
		map.put("startedAt", run.startedAt());
		map.put("finishedAt", run.finishedAt());
		map.put("trainer", run.trainer());
		map.put("hyperparameters", run.hyperparameters());
		TrainingContext context = run.context();
		if (context != null) {
			map.put("trigger", context.trigger().name());
			map.put("requestedBy", context.requestedBy());
			map.put("alertId", context.alertId());
			map.put("task", context.task());
			map.put("labelField", context.labelField());
			map.put("algorithm", context.algorithm());
			map.put("specVersion", context.specVersion());
			map.put("holdoutRows", context.holdoutRows());
			map.put("codeVersion", context.codeVersion());
		}
		return map;
	}

	private static Map<String, Object> trainingSet(TrainingSet set) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("id", set.id());
		map.put("dataset", set.dataset());
		map.put("featureView", set.featureView());
		map.put("featureViewVersion", set.featureViewVersion());
		map.put("watermark", set.watermark());
		map.put("sequenceWatermark", set.sequenceWatermark());
		map.put("rowCount", set.rowCount());
		map.put("contentHash", set.contentHash());
		map.put("contractVersions", set.contractVersions());
		return map;
	}

}
