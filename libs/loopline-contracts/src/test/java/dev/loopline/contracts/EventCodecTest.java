package dev.loopline.contracts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link EventCodec}.
 */
class EventCodecTest {

	private static final String METADATA = """
			{"eventId":"00000000-0000-4000-8000-000000000001","occurredAt":"2026-03-01T10:00:00Z",\
			"correlationId":"corr-1","schemaVersion":%d}""";

	private final EventCodec codec = new EventCodec();

	@Test
	void rejectsSchemaVersionNewerThanKnown() {
		byte[] json = rawRecordJson(3, "");
		assertThatExceptionOfType(UnsupportedSchemaVersionException.class)
			.isThrownBy(() -> this.codec.decode(json, RawRecord.class))
			.withMessage("RawRecord schema version 3 is newer than the supported version 1; upgrade this consumer")
			.satisfies((ex) -> {
				assertThat(ex.getSchemaVersion()).isEqualTo(3);
				assertThat(ex.getEventType()).isEqualTo(EventType.RAW_RECORD);
			});
	}

	@Test
	void ignoresUnknownFields() {
		RawRecord record = this.codec.decode(rawRecordJson(1, ",\"addedLater\":{\"x\":1}"), RawRecord.class);
		assertThat(record.recordId()).isEqualTo("r-1");
	}

	@Test
	void readsRunFinishedWrittenBeforeLineageFieldsWereAdded() {
		String json = "{\"metadata\":" + METADATA.formatted(1) + ",\"modelName\":\"churn\","
				+ "\"runId\":\"7a000000-0000-4000-8000-000000000003\",\"status\":\"SUCCEEDED\","
				+ "\"artifactId\":\"a-1\",\"artifactSha256\":\"abc\",\"metrics\":{\"accuracy\":0.9},"
				+ "\"trainingSet\":{\"dataset\":\"orders\",\"watermark\":\"2026-03-01T09:00:00Z\","
				+ "\"rowCount\":10,\"contentHash\":\"sha256:x\"},"
				+ "\"startedAt\":\"2026-03-01T09:00:00Z\",\"finishedAt\":\"2026-03-01T09:01:00Z\"}";
		TrainingRunFinished run = this.codec.decode(json.getBytes(StandardCharsets.UTF_8), TrainingRunFinished.class);
		assertThat(run.context()).isNull();
		assertThat(run.policy()).isNull();
		assertThat(run.trainingSet().sequenceWatermark()).isNull();
		assertThat(run.trainingSet().contractVersions()).isEmpty();
	}

	@Test
	void reportsMalformedJsonWithItsLocation() {
		byte[] json = "{\"metadata\": {".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(EventDecodingException.class)
			.isThrownBy(() -> this.codec.decode(json, EventType.RAW_RECORD.ceType()))
			.withMessageStartingWith("Cannot decode RawRecord: malformed JSON at line 1");
	}

	@Test
	void rejectsEventWithoutMetadata() {
		byte[] json = "{\"dataset\":\"orders\"}".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(EventDecodingException.class)
			.isThrownBy(() -> this.codec.decode(json, RawRecord.class))
			.withMessage("Cannot decode RawRecord: the 'metadata' object is missing");
	}

	@Test
	void rejectsEmptyPayload() {
		assertThatExceptionOfType(EventDecodingException.class)
			.isThrownBy(() -> this.codec.decode(new byte[0], LabelObserved.class))
			.withMessage("Cannot decode LabelObserved: the payload is empty");
	}

	@Test
	void rejectsJsonThatIsNotAnObject() {
		assertThatExceptionOfType(EventDecodingException.class)
			.isThrownBy(() -> this.codec.decode("[1]".getBytes(StandardCharsets.UTF_8), RawRecord.class))
			.withMessage("Cannot decode RawRecord: expected a JSON object but found array");
	}

	@Test
	void rejectsUnknownCeType() {
		assertThatExceptionOfType(EventDecodingException.class)
			.isThrownBy(() -> this.codec.decode(rawRecordJson(1, ""), "dev.loopline.records.raw.v2"))
			.withMessageStartingWith("Unknown event type (ce_type) 'dev.loopline.records.raw.v2'");
	}

	@Test
	void namesFieldWithInvalidValue() {
		String json = new String(rawRecordJson(1, ""), StandardCharsets.UTF_8)
			.replace("00000000-0000-4000-8000-000000000001", "not-a-uuid");
		assertThatExceptionOfType(EventDecodingException.class)
			.isThrownBy(() -> this.codec.decode(json.getBytes(StandardCharsets.UTF_8), RawRecord.class))
			.withMessage("Cannot decode RawRecord: field 'metadata.eventId' has value 'not-a-uuid', "
					+ "which is not a valid UUID");
	}

	@Test
	void namesFieldWithWrongJsonType() {
		String json = new String(rawRecordJson(1, ""), StandardCharsets.UTF_8).replace("\"2026-03-01T09:59:00Z\"",
				"[1]");
		assertThatExceptionOfType(EventDecodingException.class)
			.isThrownBy(() -> this.codec.decode(json.getBytes(StandardCharsets.UTF_8), RawRecord.class))
			.withMessageStartingWith("Cannot decode RawRecord: field 'ingestedAt' must be an ISO-8601 instant");
	}

	@Test
	void namesUnknownEnumValue() {
		String json = new String(rawRecordJson(1, ""), StandardCharsets.UTF_8).replace("\"REST\"", "\"FTP\"");
		assertThatExceptionOfType(EventDecodingException.class)
			.isThrownBy(() -> this.codec.decode(json.getBytes(StandardCharsets.UTF_8), RawRecord.class))
			.withMessage("Cannot decode RawRecord: field 'source' has value 'FTP', which is not a valid value, "
					+ "one of [REST, CSV, KAFKA]");
	}

	@Test
	void reportsBrokenRecordInvariant() {
		String json = new String(rawRecordJson(1, ""), StandardCharsets.UTF_8).replace("\"orders\"", "\" \"");
		assertThatExceptionOfType(EventDecodingException.class)
			.isThrownBy(() -> this.codec.decode(json.getBytes(StandardCharsets.UTF_8), RawRecord.class))
			.withMessage("Cannot decode RawRecord: invalid value: dataset must not be blank");
	}

	@Test
	void reportsMissingRequiredMetadataField() {
		String json = new String(rawRecordJson(1, ""), StandardCharsets.UTF_8).replace("\"correlationId\"",
				"\"correlation\"");
		assertThatExceptionOfType(EventDecodingException.class)
			.isThrownBy(() -> this.codec.decode(json.getBytes(StandardCharsets.UTF_8), RawRecord.class))
			.withMessage("Cannot decode RawRecord: invalid value in 'metadata': correlationId must not be null");
	}

	@Test
	void writesInstantsAsIsoStringsAndOmitsAbsentOptionalFields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("amount", 12.5);
		fields.put("coupon", null);
		RawRecord record = new RawRecord(metadata(), "orders", "r-1", null, "b-1",
				Instant.parse("2026-03-01T09:59:00Z"), RecordSource.REST, fields, null);
		String json = this.codec.encodeToString(record);
		assertThat(json).contains("\"occurredAt\":\"2026-03-01T10:00:00Z\"")
			.contains("\"coupon\":null")
			.doesNotContain("entityId")
			.doesNotContain("replayId")
			.doesNotContain("\"key\"")
			.doesNotContain("\"type\"");
		assertThat(this.codec.decode(json.getBytes(StandardCharsets.UTF_8), RawRecord.class)).isEqualTo(record);
	}

	@Test
	void decodesByCeTypeIntoTheRecordClass() {
		LooplineEvent event = this.codec.decode(rawRecordJson(1, ""), "dev.loopline.records.raw.v1");
		assertThat(event).isInstanceOf(RawRecord.class);
		assertThat(event.key()).isEqualTo("orders:r-1");
	}

	private static EventMetadata metadata() {
		return new EventMetadata(UUID.fromString("00000000-0000-4000-8000-000000000001"),
				Instant.parse("2026-03-01T10:00:00Z"), "corr-1", 1);
	}

	private static byte[] rawRecordJson(int schemaVersion, String extra) {
		String json = "{\"metadata\":" + METADATA.formatted(schemaVersion)
				+ ",\"dataset\":\"orders\",\"recordId\":\"r-1\",\"batchId\":\"b-1\","
				+ "\"ingestedAt\":\"2026-03-01T09:59:00Z\",\"source\":\"REST\",\"fields\":{\"a\":1}" + extra + "}";
		return json.getBytes(StandardCharsets.UTF_8);
	}

}
