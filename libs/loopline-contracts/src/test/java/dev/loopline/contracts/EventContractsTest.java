package dev.loopline.contracts;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the invariants of the event records and the {@link EventType} registry.
 */
class EventContractsTest {

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	private final EventMetadata metadata = EventMetadata.newCorrelation();

	@Test
	void createsMetadataWithFreshIdsAndCurrentSchemaVersion() {
		EventMetadata first = EventMetadata.newCorrelation();
		EventMetadata followUp = EventMetadata.causedBy(first);
		assertThat(UUID.fromString(first.correlationId())).isNotNull();
		assertThat(followUp.correlationId()).isEqualTo(first.correlationId());
		assertThat(followUp.eventId()).isNotEqualTo(first.eventId());
		assertThat(followUp.schemaVersion()).isEqualTo(EventMetadata.CURRENT_SCHEMA_VERSION);
	}

	@Test
	void rejectsMetadataWithoutCorrelationOrWithZeroVersion() {
		assertThatExceptionOfType(NullPointerException.class)
			.isThrownBy(() -> new EventMetadata(UUID.randomUUID(), NOW, null, 1))
			.withMessage("correlationId must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> new EventMetadata(UUID.randomUUID(), NOW, "c", 0))
			.withMessage("schemaVersion must be >= 1, was 0");
	}

	@Test
	void keysRawRecordByRecordIdWhenEntityIsUnknown() {
		assertThat(rawRecord("cust-1", Map.of()).key()).isEqualTo("orders:cust-1");
		assertThat(rawRecord(null, Map.of()).key()).isEqualTo("orders:r-1");
	}

	@Test
	void copiesFieldsKeepingNullValuesAndDetachesFromCaller() {
		Map<String, Object> fields = new HashMap<>();
		fields.put("coupon", null);
		RawRecord record = rawRecord(null, fields);
		fields.put("late", 1);
		assertThat(record.fields()).containsOnlyKeys("coupon");
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> record.fields().put("x", 1));
	}

	@Test
	void requiresArtifactForSucceededRunAndReasonForFailedRun() {
		assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> run(RunStatus.SUCCEEDED, null))
			.withMessage("artifactId of a succeeded run must not be null");
		assertThat(run(RunStatus.FAILED, "no rows in the training window").failureReason())
			.isEqualTo("no rows in the training window");
	}

	@Test
	void requiresAtLeastOneViolationForQuarantinedRecord() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> new QuarantinedRecord(this.metadata, "orders", "r-1", null, "b-1", null, Map.of(), List.of()))
			.withMessage("violations must not be empty");
	}

	@Test
	void requiresAnOutputForPredictionLogged() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PredictionLogged(this.metadata, "churn", 1, "req-1", null, null, Map.of(), null, null,
					Map.of(), ServingVariant.SHADOW, 10))
			.withMessage("outputLabel or outputValue must be present");
	}

	@Test
	void resolvesEveryEventTypeByClassAndCeType() {
		for (EventType type : EventType.values()) {
			assertThat(EventType.of(type.recordClass())).isEqualTo(type);
			assertThat(EventType.ofCeType(type.ceType())).contains(type);
			assertThat(type.ceType()).matches("dev\\.loopline\\.[a-z]+\\.[a-z-]+\\.v1");
		}
		assertThat(EventType.ofCeType("dev.loopline.unknown.v1")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> EventType.of(String.class));
	}

	@Test
	void registersEveryPermittedEventRecord() {
		List<Class<?>> registered = Arrays.stream(EventType.values())
			.map(EventType::recordClass)
			.collect(Collectors.toList());
		assertThat(permittedRecords(LooplineEvent.class)).containsExactlyInAnyOrderElementsOf(registered);
	}

	private static Stream<Class<?>> permittedRecords(Class<?> type) {
		return type.isRecord() ? Stream.of(type)
				: Arrays.stream(type.getPermittedSubclasses()).flatMap(EventContractsTest::permittedRecords);
	}

	private RawRecord rawRecord(String entityId, Map<String, Object> fields) {
		return new RawRecord(this.metadata, "orders", "r-1", entityId, "b-1", NOW, RecordSource.KAFKA, fields, null);
	}

	private TrainingRunFinished run(RunStatus status, String failureReason) {
		return new TrainingRunFinished(this.metadata, "churn", UUID.randomUUID(), status, failureReason, null, null,
				null, null, Map.of(), Map.of(), null, null, null, NOW, NOW);
	}

}
