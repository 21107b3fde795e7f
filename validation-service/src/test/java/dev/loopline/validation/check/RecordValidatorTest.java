package dev.loopline.validation.check;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.loopline.contracts.Violation;
import dev.loopline.validation.contract.ContractDefinition;
import dev.loopline.validation.contract.ExpectationSpec;
import dev.loopline.validation.contract.FieldSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordValidatorTest {

	private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

	private static final ContractDefinition CONTRACT = new ContractDefinition(
			List.of(new FieldSpec("id", "string", true), new FieldSpec("amount", "number", true),
					new FieldSpec("country", "categorical", false), new FieldSpec("at", "timestamp", true),
					new FieldSpec("vip", "boolean", false)),
			"id", "at", null,
			List.of(ExpectationSpec.of("between", "amount").withBounds(0.0, 100.0),
					ExpectationSpec.of("in_set", "country").withValues(List.of("DE", "FR")),
					ExpectationSpec.of("in_set", "country").withValues(List.of("DE")).withMostly(0.9),
					ExpectationSpec.of("unique", null)),
			null);

	private static Map<String, Object> record(Object... pairs) {
		Map<String, Object> fields = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			fields.put((String) pairs[i], pairs[i + 1]);
		}
		return fields;
	}

	private static Validation validate(Map<String, Object> fields, boolean duplicate) {
		return RecordValidator.validate(CONTRACT, fields, duplicate, "r-1", NOW);
	}

	@Test
	void coercesAValidCsvRecordAndTakesEntityAndEventTime() {
		Validation validation = validate(record("id", "c-1", "amount", "12.5", "country", "FR", "at",
				"2026-01-15T09:00:00Z", "vip", "true", "extra", "kept"), false);
		assertThat(validation.valid()).isTrue();
		assertThat(validation.fields()).containsEntry("amount", 12.5)
			.containsEntry("vip", true)
			.containsEntry("at", "2026-01-15T09:00:00Z")
			.containsEntry("extra", "kept");
		assertThat(validation.entityId()).isEqualTo("c-1");
		assertThat(validation.eventTime()).isEqualTo(Instant.parse("2026-01-15T09:00:00Z"));
	}

	@Test
	void reportsEveryViolationNotJustTheFirst() {
		Validation validation = validate(record("amount", "abc", "country", "IT", "vip", "maybe"), true);
		assertThat(validation.violations()).extracting(Violation::rule, Violation::field)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("required", "id"),
					org.assertj.core.groups.Tuple.tuple("type", "amount"),
					org.assertj.core.groups.Tuple.tuple("required", "at"),
					org.assertj.core.groups.Tuple.tuple("type", "vip"),
					org.assertj.core.groups.Tuple.tuple("in_set", "country"),
					org.assertj.core.groups.Tuple.tuple("unique", null));
		assertThat(validation.violations()).filteredOn((violation) -> "type".equals(violation.rule()))
			.extracting(Violation::value)
			.containsExactlyInAnyOrder("abc", "maybe");
	}

	@Test
	void letsAMissingOptionalValuePassItsExpectations() {
		Validation validation = validate(record("id", "c-1", "amount", 1, "at", 1768471200), false);
		assertThat(validation.valid()).isTrue();
	}

	@Test
	void treatsAnEmptyCsvCellOfARequiredNumberAsMissing() {
		Validation validation = validate(record("id", "c-1", "amount", "", "at", "2026-01-15"), false);
		assertThat(validation.violations()).extracting(Violation::rule).containsExactly("required");
	}

	@Test
	void reportsRangeViolationsWithTheReceivedValue() {
		Validation validation = validate(record("id", "c-1", "amount", "100.5", "at", "2026-01-15"), false);
		assertThat(validation.violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.rule()).isEqualTo("between");
			assertThat(violation.value()).isEqualTo("100.5");
			assertThat(violation.message()).contains("above the maximum 100");
		});
	}

	@Test
	void leavesMostlyExpectationsToTheWindow() {
		Validation validation = validate(record("id", "c-1", "amount", 5, "country", "FR", "at", "2026-01-15"), false);
		assertThat(validation.valid()).isTrue();
	}

}
