package dev.loopline.ingestion.batch;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.loopline.ingestion.landing.RejectedLine;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads batches and their rows, and records validation's verdicts. The verdict counts of
 * a status are computed from the rows' outcomes, so they stay exact however often an
 * event is redelivered or a batch replayed.
 */
@Repository
class BatchRepository {

	private static final String BATCH = """
			select b.id, b.dataset, b.source, b.receiving, b.created_at, t.accepted, t.duplicates, t.malformed,
			       greatest(b.updated_at, t.at) as updated_at, o.validated, o.quarantined
			from batch b
			cross join lateral (select coalesce(sum(accepted), 0) as accepted, coalesce(sum(duplicates), 0) as duplicates,
			                           coalesce(sum(malformed), 0) as malformed, max(at) as at
			                    from batch_tally where batch_id = b.id) t
			cross join lateral (select count(*) filter (where outcome = 'VALIDATED') as validated,
			                           count(*) filter (where outcome = 'QUARANTINED') as quarantined
			                    from record_outcome where batch_id = b.id) o""";

	private static final TypeReference<Map<String, @Nullable Object>> FIELDS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	BatchRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<BatchStatus> find(String batchId) {
		return this.jdbc.query(BATCH + " where b.id = ?", BatchRepository::status, batchId).stream().findFirst();
	}

	List<BatchStatus> list(@Nullable String dataset, int page, int size) {
		return this.jdbc.query(BATCH + " where (?::text is null or b.dataset = ?) order by b.created_at desc, b.id"
				+ " limit ? offset ?", BatchRepository::status, dataset, dataset, size, (long) page * size);
	}

	List<LandedRecord> records(String batchId, int page, int size) {
		return this.jdbc.query(
				"""
						select r.seq, r.record_id, r.entity_id, r.event_id, r.correlation_id, r.fields::text as fields,
						       r.ingested_at, p.seq is null as published, coalesce(o.outcome, 'PENDING') as outcome, o.outcome_at
						from raw_record r
						left join raw_pending p on p.seq = r.seq
						left join record_outcome o on o.batch_id = r.batch_id and o.record_id = r.record_id
						where r.batch_id = ? order by r.seq limit ? offset ?""",
				(row, i) -> new LandedRecord(row.getLong("seq"), row.getString("record_id"), row.getString("entity_id"),
						row.getObject("event_id", UUID.class), row.getString("correlation_id"),
						this.json.readValue(row.getString("fields"), FIELDS),
						row.getTimestamp("ingested_at").toInstant(), row.getBoolean("published"),
						row.getString("outcome"), instant(row.getTimestamp("outcome_at"))),
				batchId, size, (long) page * size);
	}

	List<RejectedLine> rejected(String batchId, int page, int size) {
		return this.jdbc.query("""
				select line_number, raw_text, reason from rejected_line where batch_id = ?
				order by line_number limit ? offset ?""", (row, i) -> new RejectedLine(row.getLong("line_number"),
				row.getString("raw_text"), row.getString("reason")), batchId, size, (long) page * size);
	}

	/**
	 * Records verdicts in one statement, in the narrow {@code record_outcome} table (the
	 * wide raw rows are not rewritten). A pending record (no row) takes any verdict; a
	 * quarantined one only {@code VALIDATED} (a replay that now passes); a validated one
	 * keeps it. A verdict for a record that was never landed is ignored.
	 * @param outcomes the verdicts, at most one per record
	 */
	void apply(Collection<Outcome> outcomes) {
		if (outcomes.isEmpty()) {
			return;
		}
		this.jdbc.update((connection) -> {
			PreparedStatement statement = connection.prepareStatement("""
					insert into record_outcome (batch_id, record_id, outcome, outcome_at)
					select r.batch_id, r.record_id, v.verdict, now()
					from unnest(?::text[], ?::text[], ?::text[]) as v(dataset, record_id, verdict)
					join raw_record r on r.dataset = v.dataset and r.record_id = v.record_id
					order by r.batch_id, r.record_id
					on conflict (batch_id, record_id) do update set outcome = excluded.outcome,
					                                                outcome_at = excluded.outcome_at
					where record_outcome.outcome = 'QUARANTINED' and excluded.outcome = 'VALIDATED'""");
			statement.setArray(1, connection.createArrayOf("text", outcomes.stream().map(Outcome::dataset).toArray()));
			statement.setArray(2, connection.createArrayOf("text", outcomes.stream().map(Outcome::recordId).toArray()));
			statement.setArray(3, connection.createArrayOf("text", outcomes.stream().map(Outcome::verdict).toArray()));
			return statement;
		});
	}

	private static BatchStatus status(ResultSet row, int index) throws SQLException {
		long received = row.getLong("accepted");
		long validated = row.getLong("validated");
		long quarantined = row.getLong("quarantined");
		long pending = Math.max(0, received - validated - quarantined);
		String status = row.getBoolean("receiving") ? "RECEIVING" : (pending > 0) ? "VALIDATING" : "COMPLETE";
		return new BatchStatus(row.getString("id"), row.getString("dataset"), row.getString("source"), status, received,
				row.getLong("duplicates"), row.getLong("malformed"), validated, quarantined, pending,
				row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant());
	}

	private static java.time.@Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
