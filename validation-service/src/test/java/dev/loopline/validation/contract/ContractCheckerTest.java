package dev.loopline.validation.contract;

import java.time.Duration;
import java.util.List;

import dev.loopline.validation.contract.ContractChecker.ContractError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContractCheckerTest {

	private static ExpectationSpec spec(String kind, String field) {
		return ExpectationSpec.of(kind, field);
	}

	@Test
	void acceptsAValidContract() {
		ContractDefinition contract = new ContractDefinition(
				List.of(new FieldSpec("id", "string", true), new FieldSpec("amount", "number", false),
						new FieldSpec("at", "timestamp", true)),
				"id", "at", "amount",
				List.of(spec("between", "amount").withBounds(0.0, 1.0), spec("unique", null),
						spec("row_count", null).withBounds(1.0, null),
						new ExpectationSpec("quantile_between", "amount", 0.0, 1.0, null, null, null, null, 0.5, null,
								null, null),
						spec("null_rate", "amount").withBounds(null, 0.1), new ExpectationSpec("not_older_than", "at",
								null, null, null, null, null, null, null, null, Duration.ofDays(1), null)),
				new WindowSpec(100, null));
		assertThat(ContractChecker.check(contract)).isEmpty();
	}

	@Test
	void listsEveryError() {
		ContractDefinition contract = new ContractDefinition(
				List.of(new FieldSpec("id", "uuid", true), new FieldSpec("name", "string", false),
						new FieldSpec("name", "string", false), new FieldSpec("amount", "number", false)),
				"customer", "name", null,
				List.of(spec("nearly", "name"), spec("regex", "name").withValues(List.of()),
						new ExpectationSpec("regex", "name", null, null, null, null, null, "[a-", null, null, null,
								null),
						spec("between", "amount").withBounds(5.0, 1.0), spec("between", "ghost").withBounds(0.0, 1.0),
						spec("in_set", "name"), spec("length", "amount").withBounds(1.0, 2.0),
						spec("between", "amount").withBounds(0.0, 1.0).withMostly(1.5),
						spec("row_count", null).withBounds(1.0, null).withMostly(0.5)),
				new WindowSpec(0, null));
		assertThat(ContractChecker.check(contract)).extracting(ContractError::field)
			.containsExactly("fields[0].type", "fields[2].name", "entityKey", "eventTime", "expectations[0].kind",
					"expectations[1].pattern", "expectations[2].pattern", "expectations[3]", "expectations[4].field",
					"expectations[5].values", "expectations[6].field", "expectations[7].mostly",
					"expectations[8].mostly", "window.records");
	}

	@Test
	void requiresAnEntityKeyAndAtLeastOneField() {
		assertThat(ContractChecker.check(new ContractDefinition(List.of(), null, null, null, List.of(), null)))
			.extracting(ContractError::field)
			.containsExactly("fields", "entityKey");
	}

}
