package dev.loopline.models.algorithm;

import java.util.List;

/**
 * Thrown when an algorithm is unknown for a task or its hyperparameters are invalid;
 * {@link #getErrors()} lists every problem found, not only the first.
 */
public class InvalidHyperparametersException extends IllegalArgumentException {

	private final List<String> errors;

	/**
	 * Creates the exception.
	 * @param algorithm the algorithm checked
	 * @param errors every problem found, at least one
	 */
	public InvalidHyperparametersException(String algorithm, List<String> errors) {
		super("Invalid hyperparameters for '" + algorithm + "': " + String.join("; ", errors));
		this.errors = List.copyOf(errors);
	}

	/**
	 * Returns every problem found.
	 * @return the messages, e.g. {@code hyperparameter 'eta': must be in (0, 1], was 2}
	 */
	public List<String> getErrors() {
		return this.errors;
	}

}
