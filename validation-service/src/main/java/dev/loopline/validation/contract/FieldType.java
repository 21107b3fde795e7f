package dev.loopline.validation.contract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The value types a contract field can declare. Categorical is a string whose values are
 * expected to come from a small set (profiling and suggestions treat it as such).
 */
public enum FieldType {

	NUMBER, INTEGER, BOOLEAN, STRING, CATEGORICAL, TIMESTAMP;

	@JsonValue
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<FieldType> of(String id) {
		return Arrays.stream(values()).filter((type) -> type.id().equals(id)).findFirst();
	}

	public boolean isNumeric() {
		return this == NUMBER || this == INTEGER;
	}

	public boolean isText() {
		return this == STRING || this == CATEGORICAL;
	}

}
