package dev.loopline.models.training;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.loopline.features.pipeline.FeaturePipeline;
import dev.loopline.features.pipeline.FittedPipeline;
import dev.loopline.features.profile.FeatureProfile;
import dev.loopline.features.profile.FeatureProfiler;
import dev.loopline.features.profile.ProfileOptions;
import dev.loopline.features.spec.FeatureSpec;
import dev.loopline.models.ModelExamples;
import dev.loopline.models.Outputs;
import dev.loopline.models.Task;
import dev.loopline.models.TrainingRow;
import dev.loopline.models.algorithm.AlgorithmSettings;
import dev.loopline.models.algorithm.Algorithms;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.OutputFactory;
import org.tribuo.Trainer;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains a model: validates the hyperparameters, fits the feature pipeline on the rows it
 * trains on, builds the examples through that pipeline, trains a new seeded trainer (so
 * the same seed and rows give the same model) and profiles the raw values of the view's
 * source fields as the drift reference.
 * <p>
 * Rows with a {@code null} label are skipped. A one-class anomaly model learns what is
 * expected, so it trains on the rows not labelled anomalous (unlabelled rows included).
 */
public final class ModelTrainer {

	private ModelTrainer() {
	}

	/**
	 * Trains a model.
	 * @param request what to train
	 * @param trainRows the training rows
	 * @param progress told as the phases start
	 * @return the trained model with its pipeline, profile and provenance
	 * @throws dev.loopline.models.algorithm.InvalidHyperparametersException for an
	 * unknown algorithm or invalid hyperparameters
	 * @throws IllegalArgumentException if no row can be trained on, or a classification
	 * training set has a single class
	 */
	public static TrainedModel train(TrainingRequest request, List<TrainingRow> trainRows, ProgressListener progress) {
		Objects.requireNonNull(progress, "progress must not be null");
		Map<String, Object> effective = Algorithms.effective(request.task(), request.algorithm(),
				request.hyperparameters());
		List<TrainingRow> rows = trainable(request.task(), trainRows);
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("No training rows with a usable label (" + trainRows.size()
					+ " rows given, label field '" + request.labelField() + "')");
		}
		requireTwoClasses(request.task(), rows);
		progress.onProgress("pipeline", 0.1);
		List<Map<String, ?>> values = rows.stream().<Map<String, ?>>map(TrainingRow::values).toList();
		FittedPipeline pipeline = FeaturePipeline.fit(request.spec(), values);
		progress.onProgress("examples", 0.2);
		Dataset<?> dataset = dataset(request.task(), pipeline, rows);
		progress.onProgress("train", 0.3);
		Trainer<?> trainer = Algorithms.trainer(request.task(), request.algorithm(),
				new AlgorithmSettings(effective, request.seed(), pipeline.slotNames().size()));
		Model<?> model = train(trainer, dataset);
		progress.onProgress("profile", 0.9);
		FeatureProfile profile = new FeatureProfiler(ProfileOptions.defaults()).profileRows(values,
				sourceFields(request));
		Map<String, Object> recorded = new LinkedHashMap<>(effective);
		recorded.put("seed", request.seed());
		String provenance = ProvenanceJson.of(model.getProvenance());
		progress.onProgress("done", 1.0);
		return new TrainedModel(model, pipeline, profile, trainer.getClass().getName(), recorded, provenance);
	}

	/**
	 * Returns the fields profiled as the drift reference: the distinct sources of the
	 * view's plain (non-aggregate) features, in spec order.
	 * @param request the training request
	 * @return the field names
	 */
	static List<String> sourceFields(TrainingRequest request) {
		return request.spec().features().stream().map(FeatureSpec::source).filter(Objects::nonNull).distinct().toList();
	}

	private static List<TrainingRow> trainable(Task task, List<TrainingRow> rows) {
		if (task == Task.ANOMALY) {
			return rows.stream()
				.filter((row) -> !Outputs.isAnomalous(row.label()))
				.map((row) -> new TrainingRow(row.recordId(), row.entityId(), row.eventTime(), row.values(), false))
				.toList();
		}
		return rows.stream().filter((row) -> Outputs.of(task, row.label()) != null).toList();
	}

	private static void requireTwoClasses(Task task, List<TrainingRow> rows) {
		if (task == Task.CLASSIFICATION) {
			List<String> classes = rows.stream().map((row) -> String.valueOf(row.label())).distinct().limit(2).toList();
			if (classes.size() < 2) {
				throw new IllegalArgumentException(
						"Classification needs at least two classes in the training rows, found only " + classes);
			}
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Dataset<?> dataset(Task task, FittedPipeline pipeline, List<TrainingRow> rows) {
		OutputFactory factory = Outputs.factory(task);
		MutableDataset dataset = new MutableDataset(
				new SimpleDataSourceProvenance("loopline training set", OffsetDateTime.now(), factory), factory);
		ModelExamples.labelled(task, pipeline, rows).forEach((labelled) -> dataset.add(labelled.example()));
		return dataset;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Model<?> train(Trainer trainer, Dataset dataset) {
		return trainer.train(dataset);
	}

}
