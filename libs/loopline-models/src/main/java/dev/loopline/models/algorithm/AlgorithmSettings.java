package dev.loopline.models.algorithm;

import java.util.Map;

/**
 * The effective hyperparameters of one training (defaults merged with validated
 * overrides) plus the seed and the number of feature slots, as the trainer factories read
 * them.
 *
 * @param values effective hyperparameters by name, already converted to their types
 * @param seed the training seed
 * @param featureCount the number of feature slots of the training vectors
 */
public record AlgorithmSettings(Map<String, Object> values, long seed, int featureCount) {

	public AlgorithmSettings {
		values = Map.copyOf(values);
	}

	int integer(String name) {
		return (Integer) require(name);
	}

	double real(String name) {
		return (Double) require(name);
	}

	String choice(String name) {
		return (String) require(name);
	}

	private Object require(String name) {
		Object value = this.values.get(name);
		if (value == null) {
			throw new IllegalStateException("No value for hyperparameter '" + name + "'");
		}
		return value;
	}

}
