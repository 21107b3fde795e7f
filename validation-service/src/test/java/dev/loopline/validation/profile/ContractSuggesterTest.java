package dev.loopline.validation.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.loopline.validation.contract.ContractChecker;
import dev.loopline.validation.contract.ContractDefinition;
import dev.loopline.validation.contract.ExpectationSpec;
import dev.loopline.validation.contract.FieldSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContractSuggesterTest {

	private static List<Map<String, Object>> sample() {
		List<Map<String, Object>> records = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			Map<String, Object> record = new HashMap<>();
			record.put("customer_id", "c-" + i);
			record.put("amount", String.valueOf(10 + i * 0.5));
			record.put("items", i % 5);
			record.put("country", (i % 2 == 0) ? "DE" : "FR");
			record.put("at", "2026-01-15T10:00:" + String.format("%02d", i) + "Z");
			record.put("vip", (i % 3 == 0) ? "true" : "false");
			record.put("note", (i % 4 == 0) ? null : "note " + i);
			records.add(record);
		}
		return records;
	}

	@Test
	void infersTypesRequirednessKeysAndRanges() {
		ContractSuggestion suggestion = ContractSuggester.suggest(sample());
		assertThat(suggestion.fields()).extracting(FieldSpec::name, FieldSpec::type, FieldSpec::required)
			.contains(org.assertj.core.groups.Tuple.tuple("customer_id", "string", true),
					org.assertj.core.groups.Tuple.tuple("amount", "number", true),
					org.assertj.core.groups.Tuple.tuple("items", "integer", true),
					org.assertj.core.groups.Tuple.tuple("country", "categorical", true),
					org.assertj.core.groups.Tuple.tuple("at", "timestamp", true),
					org.assertj.core.groups.Tuple.tuple("vip", "boolean", true),
					org.assertj.core.groups.Tuple.tuple("note", "string", false));
		assertThat(suggestion.entityKey()).isEqualTo("customer_id");
		assertThat(suggestion.eventTime()).isEqualTo("at");
		assertThat(suggestion.expectations()).contains(ExpectationSpec.of("between", "amount").withBounds(10.0, 19.5),
				ExpectationSpec.of("between", "items").withBounds(0.0, 4.0),
				ExpectationSpec.of("in_set", "country").withValues(List.of("DE", "FR")));
		assertThat(suggestion.suggestions()).isNotEmpty()
			.allSatisfy((reason) -> assertThat(reason.reason()).isNotBlank());
	}

	@Test
	void suggestsAContractThatPassesTheContractChecks() {
		ContractSuggestion suggestion = ContractSuggester.suggest(sample());
		ContractDefinition definition = new ContractDefinition(suggestion.fields(), suggestion.entityKey(),
				suggestion.eventTime(), null, suggestion.expectations(), null);
		assertThat(ContractChecker.check(definition)).isEmpty();
	}

	@Test
	void profilesNumericFieldsWithQuantiles() {
		FieldProfile profile = Profiler.profile(new ArrayList<>(sample()))
			.stream()
			.filter((field) -> field.name().equals("amount"))
			.findFirst()
			.orElseThrow();
		assertThat(profile.count()).isEqualTo(20);
		assertThat(profile.min()).isEqualTo(10.0);
		assertThat(profile.max()).isEqualTo(19.5);
		assertThat(profile.mean()).isEqualTo(14.75);
		assertThat(profile.quantiles()).containsKeys("p1", "p5", "p25", "p50", "p75", "p95", "p99");
	}

	@Test
	void suggestsNothingRequiredFromAnEmptySample() {
		assertThat(ContractSuggester.suggest(List.of()).fields()).isEmpty();
	}

}
