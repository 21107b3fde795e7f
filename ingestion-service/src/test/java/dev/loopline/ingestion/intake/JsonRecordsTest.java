package dev.loopline.ingestion.intake;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JsonRecordsTest {

	private final JsonRecords reader = new JsonRecords(3);

	@Test
	void readsOneObjectOrAnArrayOfObjects() {
		assertThat(this.reader.json(bytes("{\"a\":1}")).records()).hasSize(1);
		JsonRecords.Parsed array = this.reader.json(bytes("[{\"a\":1},\n{\"a\":2}]"));
		assertThat(array.errors()).isEmpty();
		assertThat(array.lines()).containsExactly(1L, 2L);
		assertThat(array.indexes()).containsExactly(0, 1);
	}

	@Test
	void listsEveryNonObjectElementWithLineAndIndex() {
		JsonRecords.Parsed parsed = this.reader.json(bytes("[{\"a\":1},\n42,\n[1]]"));
		assertThat(parsed.errors()).containsExactly(new RecordError(2, 1, "expected a JSON object but found a number"),
				new RecordError(3, 2, "expected a JSON object but found an array"));
	}

	@Test
	void reportsTheLineOfMalformedJson() {
		JsonRecords.Parsed parsed = this.reader.json(bytes("[{\"a\":1},\n{\"a\":}]"));
		assertThat(parsed.errors()).singleElement().satisfies((error) -> {
			assertThat(error.line()).isEqualTo(2);
			assertThat(error.message()).startsWith("malformed JSON");
		});
	}

	@Test
	void readsNdjsonAndListsEachBadLine() {
		JsonRecords.Parsed parsed = this.reader.ndjson(bytes("{\"a\":1}\n\n{oops\n[1]\n"));
		assertThat(parsed.records()).hasSize(1);
		assertThat(parsed.errors()).extracting(RecordError::line).containsExactly(3L, 4L);
	}

	@Test
	void refusesMoreRecordsThanTheLimit() {
		assertThatExceptionOfType(TooManyRecordsException.class)
			.isThrownBy(() -> this.reader.json(bytes("[{},{},{},{}]")));
		assertThatExceptionOfType(TooManyRecordsException.class)
			.isThrownBy(() -> this.reader.ndjson(bytes("{}\n{}\n{}\n{}\n")));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
