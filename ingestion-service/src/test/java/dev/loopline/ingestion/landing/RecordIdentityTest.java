package dev.loopline.ingestion.landing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RecordIdentityTest {

	@Test
	void derivesTheSameIdWhateverTheOrderOfFields() {
		Map<String, Object> a = new LinkedHashMap<>();
		a.put("amount", 12.5);
		a.put("nested", Map.of("y", 1, "x", 2));
		a.put("country", "DE");
		Map<String, Object> b = new LinkedHashMap<>();
		b.put("country", "DE");
		b.put("nested", new LinkedHashMap<>(Map.of("x", 2, "y", 1)));
		b.put("amount", 12.5);
		assertThat(RecordIdentity.derive("orders", a)).isEqualTo(RecordIdentity.derive("orders", b)).hasSize(64);
	}

	@Test
	void derivesDifferentIdsForDifferentContentOrDataset() {
		Map<String, Object> fields = Map.of("amount", 12.5);
		assertThat(RecordIdentity.derive("orders", fields)).isNotEqualTo(RecordIdentity.derive("payments", fields))
			.isNotEqualTo(RecordIdentity.derive("orders", Map.of("amount", 12.6)));
	}

	@Test
	void readsAnIdFromAStringOrNumberField() {
		assertThat(RecordIdentity.fromField(Map.of("id", "o-1"), "id")).isEqualTo("o-1");
		assertThat(RecordIdentity.fromField(Map.of("id", 42), "id")).isEqualTo("42");
	}

	@Test
	void refusesAMissingEmptyStructuredOrOverlongId() {
		assertThatIllegalArgumentException().isThrownBy(() -> RecordIdentity.fromField(Map.of(), "id"))
			.withMessageContaining("'id' is missing");
		assertThatIllegalArgumentException().isThrownBy(() -> RecordIdentity.fromField(Map.of("id", " "), "id"))
			.withMessageContaining("empty");
		assertThatIllegalArgumentException().isThrownBy(() -> RecordIdentity.fromField(Map.of("id", List.of(1)), "id"))
			.withMessageContaining("string or a number");
		assertThatIllegalArgumentException().isThrownBy(() -> RecordIdentity.checked("x".repeat(257), "the key"))
			.withMessageContaining("longer than 256");
	}

}
