package dev.loopline.ingestion.landing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.RawRecord;
import dev.loopline.contracts.RecordSource;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads landed rows back as the RawRecords they were (or will be) published as: the
 * stored event id, correlation id and ingestion time, so a re-publication is the same
 * event.
 */
@Repository
public class RawRecordRows {

	private static final String COLUMNS = "r.seq, r.dataset, r.record_id, r.batch_id, r.event_id, r.correlation_id,"
			+ " r.entity_id, r.source, r.fields::text as fields, r.ingested_at";

	private static final TypeReference<Map<String, @Nullable Object>> FIELDS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	RawRecordRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<LandedRow> unpublished(Instant landedBefore, int limit) {
		return this.jdbc.query(
				"select " + COLUMNS + " from raw_pending p join raw_record r on r.seq = p.seq"
						+ " where p.ingested_at < ? order by p.seq limit ?",
				this::row, Timestamp.from(landedBefore), limit);
	}

	long countUnpublished() {
		Long count = this.jdbc.queryForObject("select count(*) from raw_pending", Long.class);
		return (count != null) ? count : 0;
	}

	/**
	 * Rows of a batch after a sequence number, for paging through a replay.
	 * @param batchId the batch
	 * @param afterSeq only rows after this sequence number
	 * @param outcome only rows with this outcome ({@code PENDING}: without a verdict), or
	 * {@code null} for all
	 * @param limit at most this many
	 * @return the rows in sequence order
	 */
	public List<LandedRow> ofBatch(String batchId, long afterSeq, @Nullable String outcome, int limit) {
		return this.jdbc.query(
				"select " + COLUMNS + " from raw_record r left join record_outcome o"
						+ " on o.batch_id = r.batch_id and o.record_id = r.record_id where r.batch_id = ? and r.seq > ?"
						+ " and (?::text is null or coalesce(o.outcome, 'PENDING') = ?) order by r.seq limit ?",
				this::row, batchId, afterSeq, outcome, outcome, limit);
	}

	private LandedRow row(ResultSet row, int index) throws SQLException {
		Instant ingestedAt = row.getTimestamp("ingested_at").toInstant();
		EventMetadata metadata = new EventMetadata(row.getObject("event_id", UUID.class), ingestedAt,
				row.getString("correlation_id"), EventMetadata.CURRENT_SCHEMA_VERSION);
		RawRecord record = new RawRecord(metadata, row.getString("dataset"), row.getString("record_id"),
				row.getString("entity_id"), row.getString("batch_id"), ingestedAt,
				RecordSource.valueOf(row.getString("source")), this.json.readValue(row.getString("fields"), FIELDS),
				null);
		return new LandedRow(row.getLong("seq"), record);
	}

}
