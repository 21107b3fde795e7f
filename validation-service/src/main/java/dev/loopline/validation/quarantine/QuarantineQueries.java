package dev.loopline.validation.quarantine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.loopline.contracts.Violation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and updates the quarantine table for browsing and replay.
 */
@Repository
class QuarantineQueries {

	private static final String COLUMNS = """
			id, dataset, record_id, entity_id, batch_id, correlation_id, ingested_at, contract_version,
			fields::text as fields, violations::text as violations, quarantined_at, released_at, released_version""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	QuarantineQueries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * A browse filter; every part is optional.
	 *
	 * @param dataset the dataset
	 * @param rule a rule among the violations
	 * @param batch the batch id
	 * @param from quarantined at or after
	 * @param to quarantined before
	 */
	record Filter(@Nullable String dataset, @Nullable String rule, @Nullable String batch, @Nullable Instant from,
			@Nullable Instant to) {
	}

	List<QuarantinedItem> find(Filter filter, boolean pendingOnly, int offset, int limit) {
		Where where = where(filter, pendingOnly);
		return this.jdbc
			.sql("select " + COLUMNS + " from quarantined_record" + where.sql
					+ " order by quarantined_at, id offset ? limit ?")
			.params(where.params(offset, limit))
			.query(this::map)
			.list();
	}

	long count(Filter filter) {
		Where where = where(filter, false);
		return this.jdbc.sql("select count(*) from quarantined_record" + where.sql)
			.params(where.params)
			.query(Long.class)
			.single();
	}

	Optional<QuarantinedItem> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from quarantined_record where id = ?")
			.param(id)
			.query(this::map)
			.optional();
	}

	void release(UUID id, int version, Instant at) {
		this.jdbc.sql("update quarantined_record set released_at = ?, released_version = ? where id = ?")
			.params(Timestamp.from(at), version, id)
			.update();
	}

	void refresh(UUID id, @Nullable Integer version, List<Violation> violations) {
		this.jdbc
			.sql("update quarantined_record set contract_version = ?, violations = ?::jsonb, rules = ? where id = ?")
			.params(version, this.json.writeValueAsString(violations), QuarantineRepository.rules(violations), id)
			.update();
	}

	private Where where(Filter filter, boolean pendingOnly) {
		List<String> clauses = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		add(clauses, params, "dataset = ?", filter.dataset());
		add(clauses, params, "? = any(rules)", filter.rule());
		add(clauses, params, "batch_id = ?", filter.batch());
		add(clauses, params, "quarantined_at >= ?", (filter.from() != null) ? Timestamp.from(filter.from()) : null);
		add(clauses, params, "quarantined_at < ?", (filter.to() != null) ? Timestamp.from(filter.to()) : null);
		if (pendingOnly) {
			clauses.add("released_at is null");
		}
		return new Where(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), params);
	}

	private static void add(List<String> clauses, List<Object> params, String clause, @Nullable Object value) {
		if (value != null) {
			clauses.add(clause);
			params.add(value);
		}
	}

	private QuarantinedItem map(ResultSet row, int rowNum) throws SQLException {
		return new QuarantinedItem(row.getObject("id", UUID.class), row.getString("dataset"),
				row.getString("record_id"), row.getString("entity_id"), row.getString("batch_id"),
				row.getString("correlation_id"), row.getTimestamp("ingested_at").toInstant(),
				row.getObject("contract_version", Integer.class),
				this.json.readValue(row.getString("fields"), new TypeReference<Map<String, @Nullable Object>>() {
				}), this.json.readValue(row.getString("violations"), new TypeReference<List<Violation>>() {
				}), row.getTimestamp("quarantined_at").toInstant(), instant(row.getTimestamp("released_at")),
				row.getObject("released_version", Integer.class));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private record Where(String sql, List<Object> params) {

		Object[] params(Object... more) {
			List<Object> all = new ArrayList<>(this.params);
			all.addAll(List.of(more));
			return all.toArray();
		}

	}

}
