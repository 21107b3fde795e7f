package dev.loopline.training.worker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.loopline.contracts.TrainingSet;
import dev.loopline.features.spec.FeatureViewSpec;
import dev.loopline.models.TrainingRow;
import dev.loopline.training.client.FeatureStoreClient;
import dev.loopline.training.client.TrainingSetAnswer;
import dev.loopline.training.client.TrainingSetQuery;
import dev.loopline.training.config.TrainingProperties;
import dev.loopline.training.spec.ModelSpec;

import org.springframework.stereotype.Component;

/**
 * Fetches a run's data from the feature store: defines the training set (view version,
 * label, window), reads the exact view spec it was computed with and streams its rows.
 * The set's id, watermark, row count, content hash and contract versions become the run's
 * data snapshot and the event's lineage.
 */
@Component
class TrainingData {

	private final FeatureStoreClient featureStore;

	private final long maxRows;

	TrainingData(FeatureStoreClient featureStore, TrainingProperties properties) {
		this.featureStore = featureStore;
		this.maxRows = properties.maxRows();
	}

	Fetched fetch(ModelSpec spec, RunOutcome outcome) {
		ModelSpec.Window window = spec.window();
		ModelSpec.FeatureViewRef view = spec.featureView();
		TrainingSetAnswer set = this.featureStore.defineTrainingSet(new TrainingSetQuery(String.valueOf(view.name()),
				view.version(), String.valueOf(spec.label()), (window != null) ? window.last() : null,
				(window != null) ? window.from() : null, (window != null) ? window.to() : null));
		List<Integer> contracts = (set.contractVersions() != null) ? set.contractVersions() : List.of();
		outcome.trainingSet = new TrainingSet(String.valueOf(spec.dataset()), set.version(), set.createdAt(),
				set.rowCount(), set.contentHash(), set.id(), set.view(), set.watermark(), contracts);
		outcome.snapshot = snapshot(set, contracts);
		FeatureViewSpec viewSpec = this.featureStore.view(set.view(), set.version());
		if (!viewSpec.dataset().equals(spec.dataset())) {
			throw new IllegalStateException("Feature view " + set.view() + " v" + set.version() + " reads dataset '"
					+ viewSpec.dataset() + "', the model spec says '" + spec.dataset() + "'");
		}
		if (set.rowCount() > this.maxRows) {
			throw new IllegalArgumentException("The training set has " + set.rowCount()
					+ " rows, more than loopline.training.max-rows (" + this.maxRows
					+ "); narrow the model's window (e.g. \"window\": {\"last\": " + this.maxRows + "})");
		}
		FeatureStoreClient.FetchedRows fetched = this.featureStore.rows(set.id());
		List<TrainingRow> rows = fetched.rows();
		if (rows.size() != set.rowCount() || !fetched.contentHash().equals(set.contentHash())) {
			throw new IllegalStateException("The feature store sent " + rows.size() + " rows hashing to "
					+ fetched.contentHash() + ", but the training set was defined with " + set.rowCount()
					+ " rows hashing to " + set.contentHash()
					+ ": its rows changed after the definition, so the lineage would not describe them; run again");
		}
		if (rows.isEmpty()) {
			throw new IllegalStateException("The training set of view " + set.view() + " v" + set.version()
					+ " has no rows with a value for the label '" + spec.label() + "'");
		}
		return new Fetched(viewSpec, rows);
	}

	private static Map<String, Object> snapshot(TrainingSetAnswer set, List<Integer> contracts) {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("trainingSetId", set.id().toString());
		snapshot.put("featureView", set.view());
		snapshot.put("featureViewVersion", set.version());
		snapshot.put("sequenceWatermark", set.watermark());
		snapshot.put("rowCount", set.rowCount());
		snapshot.put("contentHash", set.contentHash());
		snapshot.put("contractVersions", contracts);
		snapshot.put("definedAt", set.createdAt().toString());
		return snapshot;
	}

	/**
	 * The fetched data.
	 *
	 * @param view the feature view spec of the set
	 * @param rows the rows, in the feature store's order
	 */
	record Fetched(FeatureViewSpec view, List<TrainingRow> rows) {
	}

}
