package dev.loopline.validation.contract;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A data contract as a client writes it ({@code PUT /v1/contracts/{dataset}}), without
 * dataset and version. Unknown properties are ignored so a contract suggestion (which
 * adds its reasons) can be sent back as is.
 *
 * @param fields declared fields
 * @param entityKey the field holding the entity id (required)
 * @param eventTime the timestamp field holding the record's event time, if any
 * @param label the field holding the label, if any
 * @param expectations the expectations
 * @param window the window of dataset-level expectations, {@link WindowSpec#DEFAULT} if
 * absent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContractDefinition(List<FieldSpec> fields, @Nullable String entityKey, @Nullable String eventTime,
		@Nullable String label, List<ExpectationSpec> expectations, @Nullable WindowSpec window) {

	public ContractDefinition {
		fields = (fields != null) ? List.copyOf(fields) : List.of();
		expectations = (expectations != null) ? List.copyOf(expectations) : List.of();
	}

	public Optional<FieldSpec> field(@Nullable String name) {
		return this.fields.stream().filter((field) -> field.name().equals(name)).findFirst();
	}

	public WindowSpec windowOrDefault() {
		return (this.window != null) ? this.window : WindowSpec.DEFAULT;
	}

}
