package dev.loopline.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the golden JSON sample of every event type, checks the decoded values and that
 * encoding gives the same JSON back. A new event type without a sample fails here.
 */
class GoldenSamplesTest {

	private static final Instant OCCURRED_AT = Instant.parse("2026-03-01T10:00:00Z");

	private static final Map<EventType, Consumer<LooplineEvent>> EXPECTATIONS = new EnumMap<>(EventType.class);

	static {
		expect(EventType.RAW_RECORD, RawRecord.class, (event) -> {
			assertThat(event.key()).isEqualTo("orders:cust-42");
			assertThat(event.source()).isEqualTo(RecordSource.CSV);
			assertThat(event.fields()).containsEntry("amount", 129.5).containsEntry("coupon", null);
		});
		expect(EventType.VALIDATED_RECORD, ValidatedRecord.class, (event) -> {
			assertThat(event.key()).isEqualTo("orders:cust-42");
			assertThat(event.contractVersion()).isEqualTo(3);
			assertThat(event.eventTime()).isEqualTo(Instant.parse("2026-03-01T09:55:00Z"));
		});
		expect(EventType.QUARANTINED_RECORD, QuarantinedRecord.class, (event) -> {
			assertThat(event.key()).isEqualTo("orders:rec-0002");
			assertThat(event.entityId()).isNull();
			assertThat(event.violations()).extracting(Violation::rule).containsExactly("required", "range", "type");
			assertThat(event.violations().get(1).value()).isEqualTo(-5);
		});
		expect(EventType.TRAIN_MODEL, TrainModel.class, (event) -> {
			assertThat(event.key()).isEqualTo("churn");
			assertThat(event.trigger()).isEqualTo(TrainingTrigger.MANUAL);
			assertThat(event.parameters()).containsEntry("seed", 42);
		});
		expect(EventType.RETRAIN_REQUESTED, RetrainRequested.class, (event) -> {
			assertThat(event.key()).isEqualTo("churn");
			assertThat(event.alertId()).isEqualTo(UUID.fromString("a1e40000-0000-4000-8000-000000000007"));
		});
		expect(EventType.TRAINING_RUN_FINISHED, TrainingRunFinished.class, (event) -> {
			assertThat(event.key()).isEqualTo("churn");
			assertThat(event.status()).isEqualTo(RunStatus.SUCCEEDED);
			assertThat(event.metrics()).containsEntry(ModelMetrics.ROC_AUC, 0.95);
			assertThat(event.championMetrics()).containsEntry(ModelMetrics.ROC_AUC, 0.93);
			assertThat(event.trainingSet().rowCount()).isEqualTo(120_000);
			assertThat(event.trainingSet().watermark()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
			assertThat(event.trainingSet().sequenceWatermark()).isEqualTo(120_345L);
			assertThat(event.trainingSet().contractVersions()).containsExactly(2, 3);
			assertThat(event.context().trigger()).isEqualTo(TrainingTrigger.ALERT);
			assertThat(event.context().alertId()).isEqualTo(UUID.fromString("a1e40000-0000-4000-8000-000000000007"));
			assertThat(event.policy().maxDegradation()).isEqualTo(0.01);
			assertThat(event.fairness().byGroup()).containsEntry("FR", 0.89);
		});
		expect(EventType.MODEL_VERSION_REGISTERED, ModelVersionRegistered.class, (event) -> {
			assertThat(event.key()).isEqualTo("churn");
			assertThat(event.versionId()).isEqualTo(new ModelVersionId("churn", 3));
		});
		expect(EventType.MODEL_PROMOTED, ModelPromoted.class, (event) -> {
			assertThat(event.key()).isEqualTo("churn");
			assertThat(event.alias()).isEqualTo(ModelPromoted.CHAMPION);
			assertThat(event.previousVersion()).isEqualTo(2);
		});
		expect(EventType.MODEL_REJECTED, ModelRejected.class, (event) -> {
			assertThat(event.key()).isEqualTo("churn");
			assertThat(event.version()).isEqualTo(4);
		});
		expect(EventType.MODEL_ROLLED_BACK, ModelRolledBack.class, (event) -> {
			assertThat(event.key()).isEqualTo("churn");
			assertThat(event.fromVersion()).isEqualTo(3);
			assertThat(event.toVersion()).isEqualTo(2);
		});
		expect(EventType.PREDICTION_LOGGED, PredictionLogged.class, (event) -> {
			assertThat(event.key()).isEqualTo("churn");
			assertThat(event.outputLabel()).isEqualTo("stays");
			assertThat(event.outputValue()).isNull();
			assertThat(event.variant()).isEqualTo(ServingVariant.CHAMPION);
			assertThat(event.scores()).containsEntry("stays", 0.82);
		});
		expect(EventType.LABEL_OBSERVED, LabelObserved.class, (event) -> {
			assertThat(event.key()).isEqualTo("orders:cust-42");
			assertThat(event.label()).isEqualTo("churns");
		});
		expect(EventType.DRIFT_DETECTED, DriftDetected.class, (event) -> {
			assertThat(event.key()).isEqualTo("churn");
			assertThat(event.features()).extracting(FeatureDrift::drifted).containsExactly(true, false);
			assertThat(event.features().get(0).pValue()).isNull();
			assertThat(event.driftShare()).isEqualTo(0.5);
		});
		expect(EventType.PERFORMANCE_DEGRADED, PerformanceDegraded.class, (event) -> {
			assertThat(event.key()).isEqualTo("churn");
			assertThat(event.metric()).isEqualTo("accuracy");
			assertThat(event.value()).isLessThan(event.threshold());
		});
		expect(EventType.DATA_QUALITY_DEGRADED, DataQualityDegraded.class, (event) -> {
			assertThat(event.key()).isEqualTo("orders");
			assertThat(event.field()).isEqualTo("customer_id");
			assertThat(event.mostly()).isEqualTo(0.99);
		});
	}

	private final EventCodec codec = new EventCodec();

	private final JsonMapper json = JsonMapper.builder().build();

	@ParameterizedTest
	@EnumSource(EventType.class)
	void decodesGoldenSampleAndEncodesItBackUnchanged(EventType type) throws IOException {
		byte[] sample = readSample(type);
		LooplineEvent event = this.codec.decode(sample, type.ceType());
		assertThat(event).isInstanceOf(type.recordClass());
		assertThat(event.type()).isEqualTo(type);
		assertThat(event.metadata().occurredAt()).isEqualTo(OCCURRED_AT);
		assertThat(event.metadata().schemaVersion()).isEqualTo(type.currentVersion());
		assertThat(EXPECTATIONS).as("expectations for %s", type).containsKey(type);
		EXPECTATIONS.get(type).accept(event);
		assertThat(this.json.readTree(this.codec.encode(event))).isEqualTo(this.json.readTree(sample));
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void decodesGoldenSampleByRecordClass(EventType type) throws IOException {
		LooplineEvent event = this.codec.decode(readSample(type), type.recordClass());
		assertThat(event).isEqualTo(this.codec.decode(readSample(type), type.ceType()));
	}

	private static byte[] readSample(EventType type) throws IOException {
		String name = "/events/" + type.ceType() + ".json";
		try (InputStream in = GoldenSamplesTest.class.getResourceAsStream(name)) {
			assertThat(in).as("golden sample %s", name).isNotNull();
			return in.readAllBytes();
		}
	}

	private static <T extends LooplineEvent> void expect(EventType type, Class<T> recordClass,
			Consumer<T> expectation) {
		EXPECTATIONS.put(type, (event) -> expectation.accept(recordClass.cast(event)));
	}

}
