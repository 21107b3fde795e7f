package dev.loopline.validation.check;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.loopline.contracts.Violation;
import dev.loopline.validation.contract.ContractDefinition;
import dev.loopline.validation.contract.ExpectationKind;
import dev.loopline.validation.contract.ExpectationSpec;
import dev.loopline.validation.contract.FieldSpec;
import org.jspecify.annotations.Nullable;

/**
 * Checks one record's fields against a contract: coerces every declared field, then
 * decides every row-level expectation, collecting all violations rather than stopping at
 * the first. Uniqueness of the record id is decided by the caller (it needs state) and
 * passed in.
 */
public final class RecordValidator {

	private RecordValidator() {
	}

	public static Validation validate(ContractDefinition contract, Map<String, @Nullable Object> received,
			boolean duplicate, String recordId, Instant now) {
		List<Violation> violations = new ArrayList<>();
		Map<String, Object> typed = new HashMap<>();
		Map<String, @Nullable Object> fields = new LinkedHashMap<>(received);
		for (FieldSpec field : contract.fields()) {
			coerce(field, received.get(field.name()), typed, fields, violations,
					field.required() || field.name().equals(contract.entityKey()));
		}
		for (ExpectationSpec spec : contract.expectations()) {
			if (spec.isWindowed()) {
				continue;
			}
			if (spec.expectationKind() == ExpectationKind.UNIQUE) {
				if (duplicate) {
					violations.add(new Violation("unique", null, recordId,
							"record id '" + recordId + "' was already seen in the uniqueness window"));
				}
				continue;
			}
			Object value = typed.get(spec.field());
			if (value != null) {
				RowChecks.failure(spec, value, now)
					.ifPresent((message) -> violations
						.add(new Violation(spec.kind(), spec.field(), received.get(spec.field()), message)));
			}
		}
		Object entity = typed.get(contract.entityKey());
		Object eventTime = (contract.eventTime() != null) ? typed.get(contract.eventTime()) : null;
		return new Validation(typed, fields, List.copyOf(violations), (entity != null) ? entity.toString() : null,
				(Instant) eventTime);
	}

	private static void coerce(FieldSpec field, @Nullable Object value, Map<String, Object> typed,
			Map<String, @Nullable Object> fields, List<Violation> violations, boolean required) {
		if (value == null || (value instanceof String text && text.isEmpty() && !field.fieldType().isText())) {
			fields.put(field.name(), null);
			if (required) {
				violations.add(new Violation("required", field.name(), null, "required field is missing or null"));
			}
			return;
		}
		Optional<Object> coerced = Coercion.coerce(value, field.fieldType());
		if (coerced.isEmpty()) {
			violations.add(new Violation("type", field.name(), value,
					"'" + value + "' is not a valid " + field.fieldType().id()));
			return;
		}
		typed.put(field.name(), coerced.get());
		fields.put(field.name(), (coerced.get() instanceof Instant instant) ? instant.toString() : coerced.get());
	}

}
