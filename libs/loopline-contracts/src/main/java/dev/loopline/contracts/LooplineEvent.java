package dev.loopline.contracts;

/**
 * An event exchanged over Kafka by the Loopline services. Every implementation is a
 * record registered in {@link EventType} and serialized by {@link EventCodec}.
 */
public sealed interface LooplineEvent permits RawRecord, ValidatedRecord, QuarantinedRecord, LabelObserved,
		PredictionLogged, TrainingCommand, TrainingRunFinished, ModelEvent, MonitoringAlert {

	/**
	 * Returns the envelope data of this event.
	 * @return the metadata
	 */
	EventMetadata metadata();

	/**
	 * Returns the Kafka key: {@code <dataset>:<entityId>} for records and labels, the
	 * model name for training, model, prediction and model alert events.
	 * @return the partitioning key
	 */
	String key();

	/**
	 * Returns the registered type of this event.
	 * @return the event type
	 */
	default EventType type() {
		return EventType.of(getClass());
	}

}
