package dev.loopline.testkit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.LabelObserved;
import dev.loopline.contracts.ModelPromoted;
import dev.loopline.contracts.PredictionLogged;
import dev.loopline.contracts.RawRecord;
import dev.loopline.contracts.RecordSource;
import dev.loopline.contracts.RunStatus;
import dev.loopline.contracts.ServingVariant;
import dev.loopline.contracts.TrainModel;
import dev.loopline.contracts.TrainingRunFinished;
import dev.loopline.contracts.TrainingSet;
import dev.loopline.contracts.TrainingTrigger;
import dev.loopline.contracts.ValidatedRecord;

/**
 * Object mother of valid Loopline events for tests: each call gives a fresh event id, and
 * the values are plausible enough that the consuming service's real logic can take them.
 */
public final class SampleEvents {

	private static final Instant AT = Instant.parse("2026-01-15T10:00:00Z");

	private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	private SampleEvents() {
	}

	public static RawRecord rawRecord(String dataset, String entityId) {
		return new RawRecord(EventMetadata.newCorrelation(), dataset, UUID.randomUUID().toString(), entityId, "batch-1",
				AT, RecordSource.KAFKA, Map.of("amount", 12.5, "country", "DE"), null);
	}

	public static ValidatedRecord validatedRecord(String dataset, String entityId) {
		return new ValidatedRecord(EventMetadata.newCorrelation(), dataset, UUID.randomUUID().toString(), entityId,
				"batch-1", 1, AT, AT, Map.of("amount", 12.5, "country", "DE"));
	}

	public static TrainModel trainModel(String modelName) {
		return new TrainModel(EventMetadata.newCorrelation(), modelName, TrainingTrigger.MANUAL, "test", "sample",
				Map.of());
	}

	public static TrainingRunFinished trainingRunSucceeded(String modelName) {
		return new TrainingRunFinished(EventMetadata.newCorrelation(), modelName, UUID.randomUUID(),
				RunStatus.SUCCEEDED, null, "artifact-1", SHA256, "LogisticRegressionTrainer", Map.of("epochs", 5),
				Map.of("accuracy", 0.91), Map.of(), null, null, new TrainingSet("orders", 1, AT, 1000, SHA256), AT,
				AT.plusSeconds(30));
	}

	public static ModelPromoted modelPromoted(String modelName, int version) {
		return new ModelPromoted(EventMetadata.newCorrelation(), modelName, version, null, ModelPromoted.CHAMPION,
				"first version", "artifact-" + version, SHA256);
	}

	public static PredictionLogged predictionLogged(String modelName) {
		return new PredictionLogged(EventMetadata.newCorrelation(), modelName, 1, UUID.randomUUID().toString(), "c-1",
				"orders", Map.of("amount", 12.5), "fraud", null, Map.of("fraud", 0.8, "ok", 0.2),
				ServingVariant.CHAMPION, 850);
	}

	public static LabelObserved labelObserved(String dataset, String entityId) {
		return new LabelObserved(EventMetadata.newCorrelation(), dataset, entityId, null, null, "fraud", AT);
	}

}
