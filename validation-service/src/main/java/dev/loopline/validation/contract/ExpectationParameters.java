package dev.loopline.validation.contract;

import java.util.List;

import dev.loopline.validation.contract.ContractChecker.ContractError;

/**
 * The parameters each expectation kind needs, checked when a contract is stored.
 */
final class ExpectationParameters {

	private ExpectationParameters() {
	}

	static void check(ExpectationKind kind, ExpectationSpec spec, String path, List<ContractError> errors) {
		switch (kind) {
			case BETWEEN, LENGTH, ROW_COUNT, MEAN_BETWEEN, STDDEV_BETWEEN, DISTINCT_COUNT_BETWEEN ->
				needBound(kind, spec, path, errors);
			case IN_SET -> {
				if (spec.values() == null || spec.values().isEmpty()) {
					errors.add(new ContractError(path + ".values", "in_set needs a non-empty list of values"));
				}
			}
			case REGEX -> {
				if (spec.pattern() == null) {
					errors.add(new ContractError(path + ".pattern", "regex needs a pattern"));
				}
			}
			case NULL_RATE -> {
				if (spec.max() == null || spec.max() < 0 || spec.max() > 1) {
					errors.add(new ContractError(path + ".max", "null_rate needs max in [0, 1]"));
				}
			}
			case QUANTILE_BETWEEN -> {
				needBound(kind, spec, path, errors);
				if (spec.quantile() == null || spec.quantile() < 0 || spec.quantile() > 1) {
					errors.add(new ContractError(path + ".quantile", "quantile_between needs quantile in [0, 1]"));
				}
			}
			case NOT_OLDER_THAN -> {
				if (spec.maxAge() == null || spec.maxAge().isNegative()) {
					errors.add(new ContractError(path + ".maxAge", "not_older_than needs a positive maxAge"));
				}
			}
			case NOT_IN_FUTURE, UNIQUE -> {
				// optional parameters only
			}
		}
	}

	static void checkFieldType(ExpectationKind kind, FieldType type, String path, List<ContractError> errors) {
		boolean fits = switch (kind) {
			case BETWEEN, MEAN_BETWEEN, STDDEV_BETWEEN, QUANTILE_BETWEEN -> type.isNumeric();
			case REGEX, LENGTH -> type.isText();
			case NOT_IN_FUTURE, NOT_OLDER_THAN -> type == FieldType.TIMESTAMP;
			default -> true;
		};
		if (!fits) {
			errors.add(new ContractError(path, kind.id() + " does not apply to a field of type " + type.id()));
		}
	}

	private static void needBound(ExpectationKind kind, ExpectationSpec spec, String path, List<ContractError> errors) {
		if (spec.min() == null && spec.max() == null) {
			errors.add(new ContractError(path, kind.id() + " needs min, max or both"));
		}
	}

}
