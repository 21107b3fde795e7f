package dev.loopline.validation.check;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.loopline.contracts.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking one record against its contract.
 *
 * @param typed the coerced values by field (timestamps as {@link Instant}), for window
 * statistics; fields that failed coercion are absent
 * @param fields the values to publish: coerced, timestamps as ISO-8601 strings,
 * undeclared fields as received
 * @param violations every broken row-level rule, empty when the record is valid
 * @param entityId the value of the contract's entity key, if present
 * @param eventTime the value of the contract's event-time field, if present
 */
public record Validation(Map<String, Object> typed, Map<String, @Nullable Object> fields, List<Violation> violations,
		@Nullable String entityId, @Nullable Instant eventTime) {

	public boolean valid() {
		return this.violations.isEmpty();
	}

}
