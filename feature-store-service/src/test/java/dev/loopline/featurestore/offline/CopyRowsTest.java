package dev.loopline.featurestore.offline;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CopyRowsTest {

	@Test
	void quotesEveryValueAndDoublesQuotes() {
		Instant at = Instant.parse("2026-01-15T10:00:00Z");
		OfflineRow row = new OfflineRow("orders", "c,\"1\"", "r\n1", at, at, Map.of("note", "say \"hi\""), null);
		assertThat(CopyRows.csv(List.of(row), JsonMapper.builder().build()))
			.isEqualTo("\"orders\",\"c,\"\"1\"\"\",\"r\n1\",\"2026-01-15T10:00:00Z\",\"2026-01-15T10:00:00Z\","
					+ "\"{\"\"note\"\":\"\"say \\\"\"hi\\\"\"\"\"}\",\n");
	}

	@Test
	void writesTheContractVersionUnquotedAndNullAsNothing() {
		Instant at = Instant.parse("2026-01-15T10:00:00Z");
		OfflineRow validated = new OfflineRow("orders", "c-1", "r-1", at, at, Map.of(), 3);
		OfflineRow pushed = new OfflineRow("orders", "c-1", "r-2", at, at, Map.of(), null);
		assertThat(CopyRows.csv(List.of(validated, pushed), JsonMapper.builder().build()).lines())
			.extracting((line) -> line.substring(line.lastIndexOf(',') + 1))
			.containsExactly("3", "");
	}

}
