package dev.loopline.validation.contract;

import org.jspecify.annotations.Nullable;

/**
 * One declared field of a data contract. The type is kept as the text the client sent so
 * that an unknown type is reported as a contract error rather than a JSON error.
 *
 * @param name field name
 * @param type one of {@link FieldType}'s ids
 * @param required whether a record must carry a non-null value (absent means optional)
 */
public record FieldSpec(String name, String type, @Nullable Boolean required) {

	public FieldSpec {
		required = Boolean.TRUE.equals(required);
	}

	public FieldType fieldType() {
		return FieldType.of(this.type).orElseThrow(() -> new IllegalStateException("Unchecked type " + this.type));
	}

}
