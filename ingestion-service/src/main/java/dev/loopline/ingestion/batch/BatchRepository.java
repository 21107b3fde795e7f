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
			select b.*,
			       (select count(*) from raw_record r where r.batch_id = b.id and r.outcome = 'VALIDATED') as validated,
			       (select count(*) from raw_record r where r.batch_id = b.id and r.outcome = 'QUARANTINED')
			           as quarantined
			from batch b""";

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
		return this.jdbc.query("""
				select seq, record_id, entity_id, event_id, correlation_id, fields::text as fields, ingested_at,
				       published_at, outcome, outcome_at
				from raw_record where batch_id = ? order by seq limit ? offset ?""",
				(row, i) -> new LandedRecord(row.getLong("seq"), row.getString("record_id"), row.getString("entity_id"),
						row.getObject("event_id", UUID.class), row.getString("correlation_id"),
						this.json.readValue(row.getString("fields"), FIELDS),
						row.getTimestamp("ingested_at").toInstant(), instant(row.getTimestamp("published_at")),
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
	 * Records verdicts in one statement. A pending record takes any verdict; a
	 * quarantined one only {@code VALIDATED} (a replay that now passes); a validated one
	 * keeps it.
	 * @param outcomes the verdicts, at most one per record
	 */
	void apply(Collection<Outcome> outcomes) {
		if (outcomes.isEmpty()) {
			return;
		}
		this.jdbc.update((connection) -> {
			PreparedStatement statement = connection.prepareStatement("""
					update raw_record r set outcome = v.verdict, outcome_at = now()
					from unnest(?::text[], ?::text[], ?::text[]) as v(dataset, record_id, verdict)
					where r.dataset = v.dataset and r.record_id = v.record_id
					  and (r.outcome = 'PENDING' or (r.outcome = 'QUARANTINED' and v.verdict = 'VALIDATED'))""");
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
