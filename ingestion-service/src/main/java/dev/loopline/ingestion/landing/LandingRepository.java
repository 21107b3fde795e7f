package dev.loopline.ingestion.landing;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.RawRecord;
import dev.loopline.servicekit.problem.ConflictException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes the raw landing tables. A chunk of records is one multi-row insert (arrays
 * unnested server-side) that skips rows whose (dataset, record id) is already landed and
 * returns the ones it inserted, so duplicates cost no extra round trip.
 */
@Repository
class LandingRepository {

	private static final String INSERT = """
			insert into raw_record (dataset, record_id, batch_id, event_id, correlation_id, entity_id, source,
			                        fields, ingested_at)
			select ?, r.record_id, ?, r.event_id, r.correlation_id, r.entity_id, ?, r.fields::jsonb, ?
			from unnest(?::text[], ?::uuid[], ?::text[], ?::text[], ?::text[])
			     as r(record_id, event_id, correlation_id, entity_id, fields)
			on conflict (dataset, record_id) do nothing
			returning seq, record_id""";

	private final JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	LandingRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Creates the batch if it is new. Existing rows are not locked (no update on
	 * conflict): concurrent chunks of one batch only meet at the counter update, just
	 * before their commits.
	 */
	void ensureBatch(BatchRef batch, boolean receiving) {
		this.jdbc.update("""
				insert into batch (id, dataset, source, receiving) values (?, ?, ?, ?)
				on conflict (id) do nothing""", batch.id(), batch.dataset(), batch.source().name(), receiving);
		String dataset = this.jdbc.queryForObject("select dataset from batch where id = ?", String.class, batch.id());
		if (!batch.dataset().equals(dataset)) {
			throw new ConflictException(
					"batch-dataset-mismatch", "Batch belongs to another dataset", "Batch '" + batch.id()
							+ "' holds records of dataset '" + dataset + "', not '" + batch.dataset() + "'.",
					Map.of("batchId", batch.id()));
		}
	}

	/**
	 * Inserts the records that are not landed yet.
	 * @return the inserted rows with their events, in input order
	 */
	List<LandedRow> insert(BatchRef batch, List<IncomingRecord> records, Instant ingestedAt) {
		Map<String, RawRecord> events = new HashMap<>();
		int n = records.size();
		String[] ids = new String[n];
		UUID[] eventIds = new UUID[n];
		String[] correlations = new String[n];
		String[] entities = new String[n];
		String[] fields = new String[n];
		for (int i = 0; i < n; i++) {
			IncomingRecord record = records.get(i);
			RawRecord event = new RawRecord(
					new EventMetadata(UUID.randomUUID(), ingestedAt, record.correlationId(),
							EventMetadata.CURRENT_SCHEMA_VERSION),
					batch.dataset(), record.recordId(), record.entityId(), batch.id(), ingestedAt, batch.source(),
					record.fields(), null);
			// a record repeated within the chunk: the first one is the one inserted
			events.putIfAbsent(record.recordId(), event);
			ids[i] = record.recordId();
			eventIds[i] = events.get(record.recordId()).metadata().eventId();
			correlations[i] = record.correlationId();
			entities[i] = record.entityId();
			fields[i] = this.json.writeValueAsString(record.fields());
		}
		return this.jdbc.query((connection) -> {
			PreparedStatement statement = connection.prepareStatement(INSERT);
			statement.setString(1, batch.dataset());
			statement.setString(2, batch.id());
			statement.setString(3, batch.source().name());
			statement.setTimestamp(4, Timestamp.from(ingestedAt));
			statement.setArray(5, array(connection, "text", ids));
			statement.setArray(6, array(connection, "uuid", eventIds));
			statement.setArray(7, array(connection, "text", correlations));
			statement.setArray(8, array(connection, "text", entities));
			statement.setArray(9, array(connection, "text", fields));
			return statement;
		}, (row, i) -> new LandedRow(row.getLong("seq"), events.get(row.getString("record_id"))));
	}

	void count(String batchId, long accepted, long duplicates, long malformed) {
		this.jdbc.update("""
				update batch set accepted = accepted + ?, duplicates = duplicates + ?, malformed = malformed + ?,
				                 updated_at = now()
				where id = ?""", accepted, duplicates, malformed, batchId);
	}

	void reject(String batchId, List<RejectedLine> lines) {
		List<Object[]> rows = new ArrayList<>(lines.size());
		for (RejectedLine line : lines) {
			rows.add(new Object[] { batchId, line.lineNumber(), line.rawText(), line.reason() });
		}
		this.jdbc.batchUpdate("""
				insert into rejected_line (batch_id, line_number, raw_text, reason) values (?, ?, ?, ?)
				on conflict do nothing""", rows);
	}

	void finishReceiving(String batchId) {
		this.jdbc.update("update batch set receiving = false, updated_at = now() where id = ?", batchId);
	}

	void markPublished(Collection<Long> seqs) {
		if (seqs.isEmpty()) {
			return;
		}
		this.jdbc.update((connection) -> {
			PreparedStatement statement = connection
				.prepareStatement("update raw_record set published_at = now() where seq = any(?)");
			statement.setArray(1, array(connection, "bigint", seqs.toArray(Long[]::new)));
			return statement;
		});
	}

	private static Array array(Connection connection, String type, Object[] values) throws SQLException {
		return connection.createArrayOf(type, values);
	}

}
