package dev.loopline.models.algorithm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.loopline.models.Task;
import org.jspecify.annotations.Nullable;
import org.tribuo.Trainer;

/**
 * The catalogue of algorithms per task with their hyperparameters: lists them, gives the
 * defaults, validates overrides (every error at once) and builds the seeded Tribuo
 * trainer. Classification: {@code logistic-regression}, {@code linear-sgd}, {@code cart},
 * {@code random-forest}, {@code xgboost}; regression: {@code linear-sgd}, {@code cart},
 * {@code random-forest}, {@code xgboost}; anomaly: {@code libsvm-one-class}.
 */
public final class Algorithms {

	private static final List<AlgorithmDefinition> CATALOGUE = Stream
		.of(ClassificationAlgorithms.all(), RegressionAlgorithms.all(), AnomalyAlgorithms.all())
		.flatMap(List::stream)
		.toList();

	private Algorithms() {
	}

	/**
	 * Lists the algorithms of a task.
	 * @param task the task
	 * @return the algorithm names, the default first
	 */
	public static List<String> names(Task task) {
		return CATALOGUE.stream().filter((d) -> d.task() == task).map(AlgorithmDefinition::name).toList();
	}

	/**
	 * Describes the hyperparameters of an algorithm.
	 * @param task the task
	 * @param algorithm the algorithm name
	 * @return the hyperparameters with defaults and allowed values
	 * @throws InvalidHyperparametersException if the algorithm is unknown for the task
	 */
	public static List<Hyperparameter> hyperparameters(Task task, String algorithm) {
		return definition(task, algorithm).hyperparameters();
	}

	/**
	 * Returns the default hyperparameters of an algorithm.
	 * @param task the task
	 * @param algorithm the algorithm name
	 * @return name to default value, in declaration order
	 * @throws InvalidHyperparametersException if the algorithm is unknown for the task
	 */
	public static Map<String, Object> defaults(Task task, String algorithm) {
		Map<String, Object> defaults = new LinkedHashMap<>();
		definition(task, algorithm).hyperparameters().forEach((p) -> defaults.put(p.name(), p.defaultValue()));
		return defaults;
	}

	/**
	 * Checks hyperparameter overrides.
	 * @param task the task
	 * @param algorithm the algorithm name
	 * @param hyperparameters the overrides (may be empty)
	 * @throws InvalidHyperparametersException listing every unknown name, wrong type and
	 * out-of-range value, or an unknown algorithm
	 */
	public static void validate(Task task, String algorithm, Map<String, ?> hyperparameters)
			throws InvalidHyperparametersException {
		effective(task, algorithm, hyperparameters);
	}

	/**
	 * Merges validated overrides into the defaults.
	 * @param task the task
	 * @param algorithm the algorithm name
	 * @param hyperparameters the overrides (may be empty)
	 * @return every hyperparameter with its effective value ({@code Integer},
	 * {@code Double} or {@code String}), in declaration order
	 * @throws InvalidHyperparametersException as {@link #validate}
	 */
	public static Map<String, Object> effective(Task task, String algorithm, Map<String, ?> hyperparameters) {
		AlgorithmDefinition definition = definition(task, algorithm);
		List<String> errors = new ArrayList<>();
		Map<String, Object> values = defaults(task, algorithm);
		hyperparameters.forEach((name, value) -> {
			Hyperparameter parameter = find(definition, name);
			if (parameter == null) {
				errors.add(
						"unknown hyperparameter '" + name + "' for " + algorithm + " (known: " + values.keySet() + ")");
			}
			else {
				parameter.convert(value, errors).ifPresent((converted) -> values.put(name, converted));
			}
		});
		if (!errors.isEmpty()) {
			throw new InvalidHyperparametersException(algorithm, errors);
		}
		return values;
	}

	/**
	 * Builds the Tribuo trainer of an algorithm.
	 * @param task the task
	 * @param algorithm the algorithm name
	 * @param settings effective hyperparameters (from {@link #effective}), seed, slots
	 * @return a new trainer; train it once
	 */
	public static Trainer<?> trainer(Task task, String algorithm, AlgorithmSettings settings) {
		return definition(task, algorithm).factory().apply(settings);
	}

	private static @Nullable Hyperparameter find(AlgorithmDefinition definition, String name) {
		return definition.hyperparameters().stream().filter((p) -> p.name().equals(name)).findFirst().orElse(null);
	}

	private static AlgorithmDefinition definition(Task task, String algorithm) {
		return CATALOGUE.stream()
			.filter((d) -> d.task() == task && d.name().equals(algorithm))
			.findFirst()
			.orElseThrow(() -> new InvalidHyperparametersException(algorithm, List
				.of("unknown algorithm '" + algorithm + "' for task " + task.id() + " (known: " + names(task) + ")")));
	}

}
