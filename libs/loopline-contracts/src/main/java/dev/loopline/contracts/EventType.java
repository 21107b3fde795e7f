package dev.loopline.contracts;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registry of event types: for each event record its CloudEvents type
 * ({@code dev.loopline.<area>.<name>.v<major>}), the default topic it travels on and the
 * newest schema version this release can read. A breaking change gets a new constant with
 * a new {@code ce_type}; additive changes raise {@link #currentVersion()}.
 */
public enum EventType {

	/** An ingested record, before validation. */
	RAW_RECORD("dev.loopline.records.raw.v1", RawRecord.class, Topics.RECORDS_RAW),

	/** A record that passed its data contract. */
	VALIDATED_RECORD("dev.loopline.records.validated.v1", ValidatedRecord.class, Topics.RECORDS_VALIDATED),

	/** A record that failed its data contract. */
	QUARANTINED_RECORD("dev.loopline.records.quarantined.v1", QuarantinedRecord.class, Topics.RECORDS_QUARANTINED),

	/** A request to train a model. */
	TRAIN_MODEL("dev.loopline.training.train-model.v1", TrainModel.class, Topics.TRAINING_COMMANDS),

	/** A retraining request raised by monitoring. */
	RETRAIN_REQUESTED("dev.loopline.training.retrain-requested.v1", RetrainRequested.class, Topics.TRAINING_COMMANDS),

	/** The outcome of a training run. */
	TRAINING_RUN_FINISHED("dev.loopline.training.run-finished.v1", TrainingRunFinished.class, Topics.TRAINING_RUNS),

	/** A new model version in the registry. */
	MODEL_VERSION_REGISTERED("dev.loopline.models.version-registered.v1", ModelVersionRegistered.class,
			Topics.MODELS_EVENTS),

	/** A model version that received an alias (champion, canary, ...). */
	MODEL_PROMOTED("dev.loopline.models.promoted.v1", ModelPromoted.class, Topics.MODELS_EVENTS),

	/** A model version that failed its promotion policy. */
	MODEL_REJECTED("dev.loopline.models.rejected.v1", ModelRejected.class, Topics.MODELS_EVENTS),

	/** An alias moved back to an earlier version. */
	MODEL_ROLLED_BACK("dev.loopline.models.rolled-back.v1", ModelRolledBack.class, Topics.MODELS_EVENTS),

	/** A prediction served. */
	PREDICTION_LOGGED("dev.loopline.predictions.logged.v1", PredictionLogged.class, Topics.PREDICTIONS),

	/** Ground truth for an entity. */
	LABEL_OBSERVED("dev.loopline.labels.observed.v1", LabelObserved.class, Topics.LABELS),

	/** Feature drift over a window. */
	DRIFT_DETECTED("dev.loopline.monitoring.drift-detected.v1", DriftDetected.class, Topics.MONITORING_ALERTS),

	/** A live metric below its threshold. */
	PERFORMANCE_DEGRADED("dev.loopline.monitoring.performance-degraded.v1", PerformanceDegraded.class,
			Topics.MONITORING_ALERTS),

	/** A data quality rule failing over a window. */
	DATA_QUALITY_DEGRADED("dev.loopline.monitoring.data-quality-degraded.v1", DataQualityDegraded.class,
			Topics.MONITORING_ALERTS);

	private static final Map<String, EventType> BY_CE_TYPE = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(EventType::ceType, Function.identity()));

	private static final Map<Class<?>, EventType> BY_CLASS = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(EventType::recordClass, Function.identity()));

	private final String ceType;

	private final Class<? extends LooplineEvent> recordClass;

	private final String topic;

	EventType(String ceType, Class<? extends LooplineEvent> recordClass, String topic) {
		this.ceType = ceType;
		this.recordClass = recordClass;
		this.topic = topic;
	}

	/**
	 * Returns the CloudEvents {@code type} attribute, sent as the {@code ce_type} header.
	 * @return the CloudEvents type
	 */
	public String ceType() {
		return this.ceType;
	}

	/**
	 * Returns the record class of this event type.
	 * @return the record class
	 */
	public Class<? extends LooplineEvent> recordClass() {
		return this.recordClass;
	}

	/**
	 * Returns the topic this event travels on, with the default {@code loopline.} prefix.
	 * @return the default topic name
	 */
	public String topic() {
		return this.topic;
	}

	/**
	 * Returns the newest schema version of this type that this release can read.
	 * @return the current schema version
	 */
	public int currentVersion() {
		return EventMetadata.CURRENT_SCHEMA_VERSION;
	}

	/**
	 * Returns the event type of the given record class.
	 * @param recordClass an event record class
	 * @return its event type
	 * @throws IllegalArgumentException if the class is not a registered event record
	 */
	public static EventType of(Class<?> recordClass) {
		EventType type = BY_CLASS.get(recordClass);
		if (type == null) {
			throw new IllegalArgumentException(recordClass.getName() + " is not a Loopline event record");
		}
		return type;
	}

	/**
	 * Returns the event type with the given CloudEvents type, if any.
	 * @param ceType a {@code ce_type} value
	 * @return the event type, or empty if unknown (or {@code null})
	 */
	public static Optional<EventType> ofCeType(String ceType) {
		return Optional.ofNullable((ceType != null) ? BY_CE_TYPE.get(ceType) : null);
	}

}
