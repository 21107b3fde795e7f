package dev.loopline.featurestore.training;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalRowsTest {

	@Test
	void writesOneCompactLineInFieldAndColumnOrderWithNulls() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("z", 1.5);
		values.put("a", null);
		String line = new String(CanonicalRows.line(new TrainingRow("r1", "c-1", "2026-01-15T10:00:00Z", values, true)),
				StandardCharsets.UTF_8);
		assertThat(line).isEqualTo(
				"{\"recordId\":\"r1\",\"entityId\":\"c-1\",\"eventTime\":\"2026-01-15T10:00:00Z\",\"values\":{\"z\":1.5,\"a\":null},\"label\":true}\n");
	}

	@Test
	void hashesTheSameRowsTheSameAndADifferentOrderDifferently() {
		TrainingRow first = new TrainingRow("r1", "c-1", "2026-01-15T10:00:00Z", Map.of("x", 1), 0);
		TrainingRow second = new TrainingRow("r2", "c-1", "2026-01-15T11:00:00Z", Map.of("x", 2), 1);
		assertThat(hash(first, second)).isEqualTo(hash(first, second))
			.startsWith("sha256:")
			.hasSize("sha256:".length() + 64)
			.isNotEqualTo(hash(second, first));
	}

	@Test
	void hashesNoRowsAsTheHashOfNothing() {
		assertThat(new CanonicalRows().hash())
			.isEqualTo("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

	static String hash(TrainingRow... rows) {
		CanonicalRows canonical = new CanonicalRows();
		for (TrainingRow row : rows) {
			canonical.add(row);
		}
		assertThat(canonical.count()).isEqualTo(rows.length);
		return canonical.hash();
	}

}
