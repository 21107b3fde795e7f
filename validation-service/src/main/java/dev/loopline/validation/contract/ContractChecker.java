package dev.loopline.validation.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jspecify.annotations.Nullable;

/**
 * Finds every error of a contract definition at once, so a client can fix them all in one
 * round trip: unknown types and kinds, duplicate or undeclared fields, a missing entity
 * key, bad regular expressions, inverted bounds, missing parameters.
 */
public final class ContractChecker {

	private ContractChecker() {
	}

	/**
	 * One error of a contract definition.
	 *
	 * @param field the JSON path of the offending property
	 * @param message what is wrong
	 */
	public record ContractError(String field, String message) {
	}

	public static List<ContractError> check(ContractDefinition contract) {
		List<ContractError> errors = new ArrayList<>();
		checkFields(contract, errors);
		checkRoles(contract, errors);
		for (int i = 0; i < contract.expectations().size(); i++) {
			checkExpectation(contract, contract.expectations().get(i), "expectations[" + i + "]", errors);
		}
		checkWindow(contract.windowOrDefault(), errors);
		return errors;
	}

	private static void checkFields(ContractDefinition contract, List<ContractError> errors) {
		if (contract.fields().isEmpty()) {
			errors.add(new ContractError("fields", "a contract declares at least one field"));
		}
		Set<String> names = new HashSet<>();
		for (int i = 0; i < contract.fields().size(); i++) {
			FieldSpec field = contract.fields().get(i);
			String path = "fields[" + i + "]";
			if (field.name() == null || field.name().isBlank()) {
				errors.add(new ContractError(path + ".name", "a field needs a name"));
			}
			else if (!names.add(field.name())) {
				errors.add(new ContractError(path + ".name", "field '" + field.name() + "' is declared twice"));
			}
			if (field.type() == null || FieldType.of(field.type()).isEmpty()) {
				errors.add(new ContractError(path + ".type", "unknown type '" + field.type() + "', expected one of "
						+ List.of(FieldType.values()).stream().map(FieldType::id).toList()));
			}
		}
	}

	private static void checkRoles(ContractDefinition contract, List<ContractError> errors) {
		if (contract.entityKey() == null || contract.entityKey().isBlank()) {
			errors.add(new ContractError("entityKey", "a contract names its entity-key field"));
		}
		else {
			declared(contract, contract.entityKey(), "entityKey", errors);
		}
		if (contract.eventTime() != null && declared(contract, contract.eventTime(), "eventTime", errors)
				&& !"timestamp".equals(contract.field(contract.eventTime()).get().type())) {
			errors.add(new ContractError("eventTime", "the event-time field must have type timestamp"));
		}
		if (contract.label() != null) {
			declared(contract, contract.label(), "label", errors);
		}
	}

	private static boolean declared(ContractDefinition contract, String name, String path, List<ContractError> errors) {
		if (contract.field(name).isEmpty()) {
			errors.add(new ContractError(path, "field '" + name + "' is not declared"));
			return false;
		}
		return true;
	}

	private static void checkExpectation(ContractDefinition contract, ExpectationSpec spec, String path,
			List<ContractError> errors) {
		ExpectationKind kind = (spec.kind() != null) ? ExpectationKind.of(spec.kind()).orElse(null) : null;
		if (kind == null) {
			errors.add(
					new ContractError(path + ".kind", "unknown expectation kind '" + spec.kind() + "', expected one of "
							+ List.of(ExpectationKind.values()).stream().map(ExpectationKind::id).toList()));
			return;
		}
		if (kind.needsField() && spec.field() == null) {
			errors.add(new ContractError(path + ".field", kind.id() + " needs a field"));
		}
		else if (spec.field() != null && declared(contract, spec.field(), path + ".field", errors)) {
			FieldType.of(contract.field(spec.field()).get().type())
				.ifPresent((type) -> ExpectationParameters.checkFieldType(kind, type, path + ".field", errors));
		}
		ExpectationParameters.check(kind, spec, path, errors);
		checkBounds(spec, path, errors);
		checkMostly(kind, spec.mostly(), path, errors);
	}

	private static void checkBounds(ExpectationSpec spec, String path, List<ContractError> errors) {
		if (spec.min() != null && spec.max() != null && spec.min() > spec.max()) {
			errors.add(new ContractError(path, "min " + spec.min() + " is greater than max " + spec.max()));
		}
		if (spec.pattern() != null) {
			try {
				Pattern.compile(spec.pattern());
			}
			catch (PatternSyntaxException ex) {
				errors.add(new ContractError(path + ".pattern", "invalid regular expression: " + ex.getDescription()));
			}
		}
	}

	private static void checkMostly(ExpectationKind kind, @Nullable Double mostly, String path,
			List<ContractError> errors) {
		if (mostly == null) {
			return;
		}
		if (!kind.supportsMostly()) {
			errors.add(new ContractError(path + ".mostly", kind.id() + " does not take mostly"));
		}
		else if (mostly <= 0 || mostly > 1) {
			errors.add(new ContractError(path + ".mostly", "mostly must be in (0, 1]"));
		}
	}

	private static void checkWindow(WindowSpec window, List<ContractError> errors) {
		if (window.records() == null && window.duration() == null) {
			errors.add(new ContractError("window", "a window needs records or duration"));
		}
		if (window.records() != null && window.records() < 1) {
			errors.add(new ContractError("window.records", "must be at least 1"));
		}
		if (window.duration() != null && (window.duration().isNegative() || window.duration().isZero())) {
			errors.add(new ContractError("window.duration", "must be positive"));
		}
	}

}
