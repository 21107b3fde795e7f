package dev.loopline.training.worker;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.loopline.models.Task;
import dev.loopline.models.TrainingRow;
import dev.loopline.models.evaluation.Evaluation;
import dev.loopline.models.evaluation.Evaluator;
import dev.loopline.models.evaluation.FairnessSpec;
import dev.loopline.models.training.ModelTrainer;
import dev.loopline.models.training.TrainedModel;
import dev.loopline.models.training.TrainingRequest;
import dev.loopline.training.run.Phase;
import dev.loopline.training.run.Run;
import dev.loopline.training.spec.ModelSpec;
import dev.loopline.training.worker.TrainingData.Fetched;

import org.springframework.stereotype.Component;

/**
 * The phases of one run: fetch the training set, split off the hold-out, train, evaluate
 * on the hold-out, score the champion on the same rows, write the bundle and upload it.
 * Each phase fills the {@link RunOutcome}; any exception ends the run (the caller records
 * it as failed with what was filled so far).
 */
@Component
class RunExecution {

	private final TrainingData data;

	private final ChampionScorer champion;

	private final Packager packager;

	RunExecution(TrainingData data, ChampionScorer champion, Packager packager) {
		this.data = data;
		this.champion = champion;
		this.packager = packager;
	}

	void execute(Run run, ModelSpec spec, RunTracker tracker, RunOutcome outcome) {
		Task task = Task.of(String.valueOf(spec.task()));
		outcome.params = params(run, spec);
		Fetched fetched = tracker.phase(Phase.FETCH, () -> this.data.fetch(spec, outcome));
		ModelSpec.Holdout holdout = spec.holdout();
		HoldoutSplit.Split split = tracker.phase(Phase.SPLIT,
				() -> HoldoutSplit.split(fetched.rows(), holdout.fraction(), holdout.strategy(), holdout.seed()));
		outcome.holdoutRows = split.holdout().size();
		TrainedModel trained = tracker.phase(Phase.FIT,
				() -> ModelTrainer.train(
						new TrainingRequest(task, String.valueOf(spec.algorithm()), hyperparameters(run, spec),
								holdout.seed(), fetched.view(), String.valueOf(spec.label())),
						split.train(), (step, fraction) -> tracker.fitProgress(fraction)));
		outcome.trainer = trained.trainerName();
		outcome.hyperparameters = new LinkedHashMap<>(trained.effectiveHyperparameters());
		outcome.hyperparameters.put("seed", holdout.seed());
		outcome.params.put("hyperparameters", outcome.hyperparameters);
		Evaluation evaluation = tracker.phase(Phase.EVALUATE,
				() -> Evaluator.evaluate(task, trained.model(), trained.pipeline(), split.holdout(), fairness(spec)));
		outcome.metrics = reported(evaluation.metrics(), spec.metrics());
		outcome.fairness = evaluation.fairness();
		tracker.phase(Phase.CHAMPION, () -> scoreChampion(run.model(), task, split.holdout(), spec, outcome));
		byte[] bundle = tracker.phase(Phase.PACKAGE, () -> this.packager.write(run, spec, trained, outcome));
		tracker.phase(Phase.UPLOAD, () -> {
			this.packager.upload(run.model(), bundle, outcome);
			return bundle.length;
		});
	}

	private boolean scoreChampion(String model, Task task, List<TrainingRow> holdout, ModelSpec spec,
			RunOutcome outcome) {
		this.champion.score(model, task, holdout).ifPresent((scored) -> {
			outcome.championVersion = scored.version();
			outcome.championMetrics = reported(scored.evaluation().metrics(), spec.metrics());
		});
		return outcome.championVersion != null;
	}

	static Map<String, Object> hyperparameters(Run run, ModelSpec spec) {
		Map<String, Object> merged = new HashMap<>(
				(spec.hyperparameters() != null) ? spec.hyperparameters() : Map.of());
		merged.putAll(run.overrides());
		return merged;
	}

	/**
	 * The reported subset, without values that are not numbers (an AUC on a hold-out with
	 * one class): JSON cannot carry them and no policy can compare them.
	 */
	static Map<String, Double> reported(Map<String, Double> metrics, List<String> wanted) {
		Map<String, Double> reported = new LinkedHashMap<>();
		metrics.forEach((name, value) -> {
			if ((wanted == null || wanted.isEmpty() || wanted.contains(name)) && value != null
					&& Double.isFinite(value)) {
				reported.put(name, value);
			}
		});
		return reported;
	}

	private static FairnessSpec fairness(ModelSpec spec) {
		ModelSpec.Fairness fairness = spec.fairness();
		return (fairness != null)
				? new FairnessSpec(String.valueOf(fairness.field()), String.valueOf(fairness.metric())) : null;
	}

	private static Map<String, Object> params(Run run, ModelSpec spec) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("task", spec.task());
		params.put("algorithm", spec.algorithm());
		params.put("hyperparameters", hyperparameters(run, spec));
		params.put("seed", spec.holdout().seed());
		params.put("holdout", spec.holdout());
		params.put("window", (spec.window() != null) ? spec.window() : Map.of());
		params.put("featureView", spec.featureView());
		params.put("label", spec.label());
		return params;
	}

}
