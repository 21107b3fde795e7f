package dev.loopline.featurestore.offline;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import dev.loopline.featurestore.assembly.StoredEvent;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The offline store, {@code features.offline_record}: append-only, one row per (dataset,
 * record id). A chunk is appended with one lookup of the ids already stored and one
 * {@code COPY} of the new rows, whatever its size, so a redelivered or replayed record
 * inserts nothing. Reads are the entity histories of the online store and the event-time
 * sweeps of training sets (server-side cursor, bounded fetch size).
 */
@Repository
public class OfflineStore {

	private static final Instant BEGINNING = Instant.parse("0001-01-01T00:00:00Z");

	private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
	};

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	private final JsonMapper json;

	OfflineStore(DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate transactions, JsonMapper json) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
		this.json = json;
	}

	/**
	 * Appends rows in the current transaction, with the chunk's entities locked (see
	 * {@link #lockEntities}): the ids already stored are looked up in one query, then the
	 * new rows are {@code COPY}ed straight into the table. The locks make the check safe:
	 * a record belongs to its entity, so no one else inserts it meanwhile (should a
	 * record id come with two entities at once, the unique key fails the chunk, which is
	 * then retried and finds it stored).
	 * @return the rows taken, in order; duplicates (stored before, or earlier in the
	 * chunk) are left out
	 */
	public List<OfflineRow> append(List<OfflineRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<String, Set<String>> stored = new HashMap<>();
		rows.stream()
			.collect(Collectors.groupingBy(OfflineRow::dataset,
					Collectors.mapping(OfflineRow::recordId, Collectors.toSet())))
			.forEach((dataset, ids) -> stored.put(dataset,
					new HashSet<>(this.jdbc.queryForList(
							"select record_id from offline_record where dataset = ? and record_id = any(?::text[])",
							String.class, dataset, ids.toArray(String[]::new)))));
		List<OfflineRow> fresh = rows.stream()
			.filter((row) -> stored.computeIfAbsent(row.dataset(), (dataset) -> new HashSet<>()).add(row.recordId()))
			.toList();
		if (!fresh.isEmpty()) {
			copy(fresh);
		}
		return fresh;
	}

	private void copy(List<OfflineRow> rows) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy offline_record (dataset, entity_id, record_id, event_time, ingested_at, fields, contract_version)"
						+ " from stdin (format csv)", new StringReader(CopyRows.csv(rows, this.json)));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("COPY into the offline store failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The recent history of some entities: each one's newest record (by event time, then
	 * sequence) with all its fields, and every record in the {@code lookback} before it,
	 * oldest first, with only the {@code sources} fields (as text: aggregates read them
	 * as numbers), so a chunk does not read and parse whole histories.
	 */
	public Map<String, List<StoredEvent>> recentHistory(String dataset, Collection<String> entities, Duration lookback,
			List<String> sources) {
		Map<String, List<StoredEvent>> history = new LinkedHashMap<>();
		this.jdbc.query("""
				with latest as (
				  select distinct on (entity_id) entity_id, seq, event_time from offline_record
				  where dataset = ? and entity_id = any(?::text[]) order by entity_id, event_time desc, seq desc)
				select r.seq, r.record_id, r.entity_id, r.event_time, case when r.seq = l.seq then r.fields::text end,
				  array(select r.fields ->> s.name from unnest(?::text[]) with ordinality as s(name, i) order by s.i)
				from latest l
				join offline_record r on r.dataset = ? and r.entity_id = l.entity_id and r.event_time <= l.event_time
				  and (r.event_time > l.event_time - make_interval(secs => ?) or r.seq = l.seq)
				order by r.entity_id, r.event_time, r.seq""", (ResultSet row) -> {
			StoredEvent event = historyEvent(row, sources);
			history.computeIfAbsent(event.entityId(), (entity) -> new ArrayList<>()).add(event);
		}, dataset, entities.toArray(String[]::new), sources.toArray(String[]::new), dataset,
				(double) lookback.toMillis() / 1000);
		return history;
	}

	/** The highest sequence stored: the default watermark of a training set. */
	public long maxSeq() {
		Long max = this.jdbc.queryForObject("select max(seq) from offline_record", Long.class);
		return (max != null) ? max : 0;
	}

	/**
	 * Counts the records a training-set sweep turns into rows: {@code seq <= watermark},
	 * a non-null label and {@code from <= event time < before}.
	 */
	public long countLabelled(String dataset, long watermark, String label, @Nullable Instant from, Instant before) {
		Long count = this.jdbc.queryForObject("""
				select count(*) from offline_record where dataset = ? and seq <= ? and fields ->> ? is not null
				and event_time >= ? and event_time < ?""", Long.class, dataset, watermark, label,
				OffsetDateTime.ofInstant((from != null) ? from : BEGINNING, ZoneOffset.UTC),
				OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
		return (count != null) ? count : 0;
	}

	/**
	 * Streams a dataset's records with {@code seq <= watermark} and
	 * {@code after < event time < before}, in event-time then sequence order, through a
	 * server-side cursor in a read-only transaction.
	 */
	public void sweep(String dataset, long watermark, Instant after, Instant before, int fetchSize,
			Consumer<StoredEvent> sink) {
		JdbcTemplate cursor = new JdbcTemplate(this.dataSource);
		cursor.setFetchSize(fetchSize);
		this.readOnly.executeWithoutResult((status) -> cursor.query("""
				select seq, record_id, entity_id, event_time, fields::text, contract_version from offline_record
				where dataset = ? and seq <= ? and event_time > ? and event_time < ? order by event_time, seq""",
				(ResultSet row) -> sink.accept(sweptEvent(row)), dataset, watermark,
				OffsetDateTime.ofInstant(after, ZoneOffset.UTC), OffsetDateTime.ofInstant(before, ZoneOffset.UTC)));
	}

	private StoredEvent historyEvent(ResultSet row, List<String> sources) throws SQLException {
		String fields = row.getString(5);
		if (fields != null) {
			return event(row);
		}
		Object[] values = (Object[]) row.getArray(6).getArray();
		Map<String, Object> subset = new HashMap<>();
		for (int i = 0; i < sources.size(); i++) {
			subset.put(sources.get(i), values[i]);
		}
		return new StoredEvent(row.getLong(1), row.getString(2), row.getString(3), instant(row, 4), subset);
	}

	private StoredEvent sweptEvent(ResultSet row) throws SQLException {
		return new StoredEvent(row.getLong(1), row.getString(2), row.getString(3), instant(row, 4),
				this.json.readValue(row.getString(5), FIELDS), row.getObject(6, Integer.class));
	}

	private StoredEvent event(ResultSet row) throws SQLException {
		return new StoredEvent(row.getLong(1), row.getString(2), row.getString(3), instant(row, 4),
				this.json.readValue(row.getString(5), FIELDS));
	}

	private static Instant instant(ResultSet row, int column) throws SQLException {
		return row.getObject(column, OffsetDateTime.class).toInstant();
	}

}
