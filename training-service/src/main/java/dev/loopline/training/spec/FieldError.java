package dev.loopline.training.spec;

/**
 * One error of a model spec, listed in the {@code invalid-model-spec} problem.
 *
 * @param path JSON path of the field, e.g. {@code holdout.fraction}
 * @param message what is wrong
 */
public record FieldError(String path, String message) {
}
