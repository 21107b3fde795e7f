package dev.loopline.validation.profile;

import java.util.List;

import dev.loopline.validation.check.Coercion;
import dev.loopline.validation.contract.FieldType;

/**
 * Infers the narrowest contract type all non-null values of a field coerce to, in the
 * order boolean, integer, number, timestamp (ISO text only: numbers stay numbers),
 * string.
 */
final class TypeInference {

	private TypeInference() {
	}

	static FieldType infer(List<Object> values) {
		if (values.isEmpty()) {
			return FieldType.STRING;
		}
		if (all(values, FieldType.BOOLEAN)) {
			return FieldType.BOOLEAN;
		}
		if (all(values, FieldType.INTEGER)) {
			return FieldType.INTEGER;
		}
		if (all(values, FieldType.NUMBER)) {
			return FieldType.NUMBER;
		}
		if (values.stream().allMatch((value) -> value instanceof String) && all(values, FieldType.TIMESTAMP)) {
			return FieldType.TIMESTAMP;
		}
		return FieldType.STRING;
	}

	private static boolean all(List<Object> values, FieldType type) {
		return values.stream().allMatch((value) -> Coercion.coerce(value, type).isPresent());
	}

}
