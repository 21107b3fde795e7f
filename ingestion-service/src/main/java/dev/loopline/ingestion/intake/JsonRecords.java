package dev.loopline.ingestion.intake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the records of a JSON body (one object, or an array of objects) or an NDJSON body
 * (one object per line), collecting every error with its line number (and array index)
 * instead of stopping at the first, so the client can fix a request in one round.
 */
final class JsonRecords {

	private static final TypeReference<Map<String, @Nullable Object>> FIELDS = new TypeReference<>() {
	};

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	// reads one element at a time from a shared parser: what follows is the next element
	private static final JsonMapper ELEMENTS = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final int maxRecords;

	JsonRecords(int maxRecords) {
		this.maxRecords = maxRecords;
	}

	/**
	 * The records read and the errors found, each with its line (and array index).
	 *
	 * @param records the records read (positions follow the body)
	 * @param lines the line of each record
	 * @param indexes the array index of each record, or {@code null} entries
	 * @param errors the errors; the request is refused if there is any
	 */
	record Parsed(List<Map<String, @Nullable Object>> records, List<Long> lines, List<@Nullable Integer> indexes,
			List<RecordError> errors) {

		Parsed() {
			this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		}

		void add(Map<String, @Nullable Object> record, long line, @Nullable Integer index) {
			this.records.add(record);
			this.lines.add(line);
			this.indexes.add(index);
		}

	}

	Parsed json(byte[] body) {
		Parsed parsed = new Parsed();
		try (JsonParser parser = ELEMENTS.createParser(body)) {
			JsonToken first = parser.nextToken();
			if (first == JsonToken.START_OBJECT) {
				parsed.add(ELEMENTS.readValue(parser, FIELDS), 1, null);
			}
			else if (first == JsonToken.START_ARRAY) {
				elements(parser, parsed);
			}
			else {
				parsed.errors()
					.add(new RecordError(line(parser), null, "expected a JSON object or an array of objects"));
				return parsed;
			}
			if (parser.nextToken() != null) {
				parsed.errors().add(new RecordError(line(parser), null, "unexpected content after the JSON value"));
			}
		}
		catch (JacksonException ex) {
			long line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0;
			parsed.errors().add(new RecordError(line, null, "malformed JSON: " + ex.getOriginalMessage()));
		}
		return parsed;
	}

	private void elements(JsonParser parser, Parsed parsed) {
		int index = 0;
		for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
			if (token == null) {
				throw new IllegalStateException("unreachable: the parser reports an unclosed array");
			}
			checkCount(index + 1);
			long line = line(parser);
			if (token == JsonToken.START_OBJECT) {
				parsed.add(ELEMENTS.readValue(parser, FIELDS), line, index);
			}
			else {
				parser.skipChildren();
				parsed.errors()
					.add(new RecordError(line, index, "expected a JSON object but found " + describe(token)));
			}
			index++;
		}
	}

	Parsed ndjson(byte[] body) {
		Parsed parsed = new Parsed();
		String[] lines = new String(body, StandardCharsets.UTF_8).split("\r?\n", -1);
		int count = 0;
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			checkCount(++count);
			try {
				Object value = MAPPER.readValue(lines[i], Object.class);
				if (value instanceof Map<?, ?>) {
					parsed.add(MAPPER.convertValue(value, FIELDS), i + 1, null);
				}
				else {
					parsed.errors().add(new RecordError(i + 1, null, "expected a JSON object on this line"));
				}
			}
			catch (JacksonException ex) {
				parsed.errors().add(new RecordError(i + 1, null, "malformed JSON: " + ex.getOriginalMessage()));
			}
		}
		return parsed;
	}

	private void checkCount(int count) {
		if (count > this.maxRecords) {
			throw new TooManyRecordsException(this.maxRecords);
		}
	}

	private static long line(JsonParser parser) {
		return parser.currentTokenLocation().getLineNr();
	}

	private static String describe(JsonToken token) {
		return switch (token) {
			case START_ARRAY -> "an array";
			case VALUE_STRING -> "a string";
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
			case VALUE_TRUE, VALUE_FALSE -> "a boolean";
			case VALUE_NULL -> "null";
			default -> token.name().toLowerCase(java.util.Locale.ROOT);
		};
	}

}
