package dev.loopline.training.worker;

import java.util.List;
import java.util.Optional;

import dev.loopline.models.Task;
import dev.loopline.models.TrainingRow;
import dev.loopline.models.bundle.ModelBundle;
import dev.loopline.models.bundle.ModelBundles;
import dev.loopline.models.evaluation.Evaluation;
import dev.loopline.models.evaluation.Evaluator;
import dev.loopline.training.client.RegistryClient;
import dev.loopline.training.client.RegistryClient.Champion;

import org.springframework.stereotype.Component;

/**
 * Scores the model's current champion on the challenger's hold-out rows with the
 * champion's own fitted pipeline, so the registry compares the two on the same data. The
 * champion's bundle is downloaded from the registry and its SHA-256 checked first.
 */
@Component
class ChampionScorer {

	private final RegistryClient registry;

	ChampionScorer(RegistryClient registry) {
		this.registry = registry;
	}

	/**
	 * Scores the champion, if the model has one.
	 */
	Optional<Scored> score(String model, Task task, List<TrainingRow> holdout) {
		Optional<Champion> champion = this.registry.champion(model);
		if (champion.isEmpty()) {
			return Optional.empty();
		}
		byte[] bytes = this.registry.download(champion.get().artifactId(), champion.get().artifactSha256());
		ModelBundle bundle = ModelBundles.read(bytes);
		Evaluation evaluation = Evaluator.evaluate(task, bundle.model(), bundle.pipeline(), holdout, null);
		return Optional.of(new Scored(champion.get().version(), evaluation));
	}

	/**
	 * The champion's version and its metrics on the hold-out.
	 *
	 * @param version the champion version
	 * @param evaluation its evaluation
	 */
	record Scored(int version, Evaluation evaluation) {
	}

}
