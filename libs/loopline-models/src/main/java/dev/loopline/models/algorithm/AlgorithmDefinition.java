package dev.loopline.models.algorithm;

import java.util.List;
import java.util.function.Function;

import dev.loopline.models.Task;
import org.tribuo.Trainer;

/**
 * One entry of the catalogue: an algorithm of a task, its hyperparameters and how to
 * build its seeded Tribuo trainer.
 *
 * @param task the task
 * @param name the algorithm name, e.g. {@code random-forest}
 * @param hyperparameters the hyperparameters with their defaults
 * @param factory builds the trainer from effective settings
 */
record AlgorithmDefinition(Task task, String name, List<Hyperparameter> hyperparameters,
		Function<AlgorithmSettings, Trainer<?>> factory) {

	AlgorithmDefinition {
		hyperparameters = List.copyOf(hyperparameters);
	}

}
