package dev.loopline.contracts;

/**
 * One broken rule of a data contract.
 *
 * @param rule id of the rule, e.g. {@code required}, {@code type}, {@code range}
 * @param field the offending field, or {@code null} for a rule about the whole record
 * @param value the offending value as received (may be {@code null})
 * @param message a human-readable explanation
 */
public record Violation(String rule, String field, Object value, String message) {

	public Violation {
		Checks.text(rule, "rule");
		Checks.optionalText(field, "field");
		Checks.text(message, "message");
	}

}
