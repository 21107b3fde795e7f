package dev.loopline.contracts;

import java.time.Instant;

/**
 * Ground truth for an entity, possibly arriving long after the prediction. Published on
 * {@link Topics#LABELS}; monitoring joins it with {@link PredictionLogged} to measure
 * live accuracy.
 *
 * @param metadata envelope data
 * @param dataset dataset name
 * @param entityId id of the entity labelled
 * @param recordId id of the record labelled, or {@code null}
 * @param requestId id of the prediction request labelled, or {@code null} (then the join
 * is by entity and time)
 * @param label the true label (a class name, or a number as text for regression)
 * @param eventTime the time the label refers to
 */
public record LabelObserved(EventMetadata metadata, String dataset, String entityId, String recordId, String requestId,
		String label, Instant eventTime) implements LooplineEvent {

	public LabelObserved {
		Checks.notNull(metadata, "metadata");
		Checks.text(dataset, "dataset");
		Checks.text(entityId, "entityId");
		Checks.optionalText(recordId, "recordId");
		Checks.optionalText(requestId, "requestId");
		Checks.notNull(label, "label");
		Checks.notNull(eventTime, "eventTime");
	}

	/**
	 * Returns {@code <dataset>:<entityId>}.
	 */
	@Override
	public String key() {
		return Checks.recordKey(this.dataset, this.entityId, this.recordId);
	}

}
