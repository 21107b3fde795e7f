package dev.loopline.features.spec;

import java.util.List;
import java.util.stream.Collectors;

import dev.loopline.features.FeatureFormatException;

/**
 * Thrown when a feature view spec cannot be read or is invalid. It lists every error
 * found, each with its path, so a user fixes them all at once.
 */
public class SpecValidationException extends FeatureFormatException {

	private static final long serialVersionUID = 1L;

	private final List<SpecError> errors;

	/**
	 * Creates an exception for the given errors.
	 * @param errors the errors, at least one
	 */
	public SpecValidationException(List<SpecError> errors) {
		super("Invalid feature view spec (" + errors.size() + ((errors.size() == 1) ? " error" : " errors") + "): "
				+ errors.stream().map(SpecError::toString).collect(Collectors.joining("; ")));
		this.errors = List.copyOf(errors);
	}

	public List<SpecError> getErrors() {
		return this.errors;
	}

}
