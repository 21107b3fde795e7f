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
import java.util.concurrent.ConcurrentHashMap;

import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.RawRecord;
import dev.loopline.servicekit.problem.ConflictException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the raw landing tables. A chunk of records is one multi-row insert (arrays
 * unnested server-side) that skips rows whose (dataset, record id) is already landed and
 * returns the ones it inserted, so duplicates cost no extra round trip.
 */
@Repository
class LandingRepository {

	/** Lands the new rows and enters them in the outbox ({@code raw_pending}) at once. */
	private static final String INSERT = """
			with landed as (
			  insert into raw_record (dataset, record_id, batch_id, event_id, correlation_id, entity_id, source,
			                          fields, ingested_at)
			  select ?, r.record_id, ?, r.event_id, r.correlation_id, r.entity_id, ?, r.fields::json, ?
			  from unnest(?::text[], ?::uuid[], ?::text[], ?::text[], ?::text[])
			       as r(record_id, event_id, correlation_id, entity_id, fields)
			  on conflict (dataset, record_id) do nothing
			  returning seq, record_id, ingested_at),
			pending as (insert into raw_pending (seq, ingested_at) select seq, ingested_at from landed)
			select seq, record_id from landed""";

	private final JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * Batches known to exist, with their dataset: batches are never deleted, so after the
	 * first chunk of a batch {@link #ensureBatch} costs no round trip.
	 */
	private final Map<String, String> knownBatches = new ConcurrentHashMap<>();

	LandingRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Creates the batch if it is new. Existing rows are not locked (no update on
	 * conflict), and the counters live in {@code batch_tally}: concurrent chunks of one
	 * batch do not wait for each other.
	 */
	void ensureBatch(BatchRef batch, boolean receiving) {
		@Nullable String dataset = receiving ? null : this.knownBatches.get(batch.id());
		if (dataset == null) {
			this.jdbc.update("""
					insert into batch (id, dataset, source, receiving) values (?, ?, ?, ?)
					on conflict (id) do nothing""", batch.id(), batch.dataset(), batch.source().name(), receiving);
			dataset = this.jdbc.queryForObject("select dataset from batch where id = ?", String.class, batch.id());
			if (dataset != null) {
				// remembered only after this transaction's commit, as a rollback may undo
				// the insert
				remember(batch.id(), dataset);
			}
		}
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

	/**
	 * Adds to the batch's counters: an insert, so concurrent chunks never wait on a row
	 * lock.
	 */
	void count(String batchId, long accepted, long duplicates, long malformed) {
		this.jdbc.update("insert into batch_tally (batch_id, accepted, duplicates, malformed) values (?, ?, ?, ?)",
				batchId, accepted, duplicates, malformed);
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

	/** Takes acknowledged rows out of the outbox; the wide raw rows are not touched. */
	void markPublished(Collection<Long> seqs) {
		if (seqs.isEmpty()) {
			return;
		}
		this.jdbc.update((connection) -> {
			PreparedStatement statement = connection.prepareStatement("delete from raw_pending where seq = any(?)");
			statement.setArray(1, array(connection, "bigint", seqs.toArray(Long[]::new)));
			return statement;
		});
	}

	private void remember(String batchId, String dataset) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					LandingRepository.this.knownBatches.put(batchId, dataset);
				}
			});
		}
	}

	private static Array array(Connection connection, String type, Object[] values) throws SQLException {
		return connection.createArrayOf(type, values);
	}

}
