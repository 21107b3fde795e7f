package dev.loopline.ingestion.intake;

import java.util.Map;

import dev.loopline.ingestion.landing.IncomingRecord;
import dev.loopline.ingestion.landing.RecordIdentity;
import org.jspecify.annotations.Nullable;

/**
 * How records of one request are identified: the field that carries the record id (else
 * it is derived from content), the field that carries the entity id (else none), and the
 * request's correlation id.
 *
 * @param dataset the dataset
 * @param idField field with the client's record id, or {@code null} to derive it
 * @param entityField field with the entity id, or {@code null}
 * @param correlationId the correlation id of the request
 */
record IntakeOptions(String dataset, @Nullable String idField, @Nullable String entityField, String correlationId) {

	/**
	 * Gives a record its ids.
	 * @param fields the record's fields
	 * @return the identified record
	 * @throws IllegalArgumentException if a named id field is missing or unusable
	 */
	IncomingRecord identify(Map<String, @Nullable Object> fields) {
		String recordId = (this.idField != null) ? RecordIdentity.fromField(fields, this.idField)
				: RecordIdentity.derive(this.dataset, fields);
		String entityId = (this.entityField != null) ? RecordIdentity.fromField(fields, this.entityField) : null;
		return new IncomingRecord(recordId, entityId, this.correlationId, fields);
	}

}
