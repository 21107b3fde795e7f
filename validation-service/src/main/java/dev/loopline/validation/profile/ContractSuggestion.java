package dev.loopline.validation.profile;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.loopline.validation.contract.ExpectationSpec;
import dev.loopline.validation.contract.FieldSpec;
import org.jspecify.annotations.Nullable;

/**
 * A suggested contract in the shape {@code PUT /v1/contracts/{dataset}} accepts (the
 * {@code suggestions} with their reasons are ignored by the PUT), so it can be reviewed,
 * edited and sent back.
 *
 * @param fields suggested fields
 * @param entityKey suggested entity key
 * @param eventTime suggested event-time field
 * @param expectations suggested expectations
 * @param sampleSize records the suggestion is based on
 * @param suggestions one reason per suggested constraint
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContractSuggestion(List<FieldSpec> fields, @Nullable String entityKey, @Nullable String eventTime,
		List<ExpectationSpec> expectations, int sampleSize, List<Reason> suggestions) {

	/**
	 * Why a constraint is suggested.
	 *
	 * @param field the field
	 * @param constraint the constraint, e.g. {@code type integer}, {@code required}
	 * @param reason what in the sample suggests it
	 */
	public record Reason(String field, String constraint, String reason) {
	}

}
