package dev.loopline.validation.quarantine;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import dev.loopline.contracts.QuarantinedRecord;
import dev.loopline.contracts.Violation;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes quarantined records to {@code validation.quarantined_record}: one multi-row
 * batch per consumed chunk, idempotent on the derived event id.
 */
@Repository
public class QuarantineRepository {

	private static final String INSERT = """
			insert into quarantined_record (id, source_event_id, dataset, record_id, entity_id, batch_id,
			    correlation_id, ingested_at, contract_version, fields, violations, rules, quarantined_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)
			on conflict (id) do nothing""";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	QuarantineRepository(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * One quarantined record with what the event does not carry.
	 *
	 * @param event the event that will be published
	 * @param sourceEventId the id of the RawRecord it came from
	 * @param ingestedAt when ingestion received it
	 */
	public record Entry(QuarantinedRecord event, java.util.UUID sourceEventId, Instant ingestedAt) {
	}

	@Transactional
	public void insertAll(List<Entry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(INSERT, entries.stream().map(this::row).toList());
	}

	private Object[] row(Entry entry) {
		QuarantinedRecord event = entry.event();
		return new Object[] { event.metadata().eventId(), entry.sourceEventId(), event.dataset(), event.recordId(),
				event.entityId(), event.batchId(), event.metadata().correlationId(), Timestamp.from(entry.ingestedAt()),
				event.contractVersion(), this.json.writeValueAsString(event.fields()),
				this.json.writeValueAsString(event.violations()), rules(event.violations()),
				Timestamp.from(event.metadata().occurredAt()) };
	}

	static String[] rules(List<Violation> violations) {
		return violations.stream().map(Violation::rule).distinct().toArray(String[]::new);
	}

}
