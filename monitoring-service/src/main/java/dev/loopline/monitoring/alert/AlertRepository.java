package dev.loopline.monitoring.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code alert} and {@code retrain_request} tables.
 */
@Repository
class AlertRepository {

	private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	AlertRepository(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Serializes the alert decisions of one model (drift and performance run on different
	 * consumer threads), so two first alerts cannot both see no retraining yet.
	 */
	void lockModel(String model) {
		this.jdbc.query("select pg_advisory_xact_lock(hashtext(?))", (rs) -> {
		}, "monitoring-alert:" + model);
	}

	Optional<Alert> findNotResolvedForUpdate(String model, AlertType type) {
		return this.jdbc
			.query("select * from alert where model_name = ? and type = ? and status <> 'RESOLVED' for update",
					this::row, model, type.name())
			.stream()
			.findFirst();
	}

	Optional<Alert> findForUpdate(UUID id) {
		return this.jdbc.query("select * from alert where id = ? for update", this::row, id).stream().findFirst();
	}

	Optional<Alert> find(UUID id) {
		return this.jdbc.query("select * from alert where id = ?", this::row, id).stream().findFirst();
	}

	void insert(Alert alert) {
		this.jdbc.update("""
				insert into alert (id, model_name, version, type, status, correlation_id, summary, details,
				    occurrences, opened_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", alert.id(), alert.model(), alert.version(), alert.type().name(), alert.status().name(),
				alert.correlationId(), alert.summary(), this.json.writeValueAsString(alert.details()),
				alert.occurrences(), ts(alert.openedAt()), ts(alert.updatedAt()));
	}

	void recur(UUID id, int version, String summary, Map<String, Object> details, Instant now) {
		this.jdbc.update("""
				update alert set version = ?, summary = ?, details = ?, occurrences = occurrences + 1,
				    updated_at = ? where id = ?
				""", version, summary, this.json.writeValueAsString(details), ts(now), id);
	}

	void acknowledge(UUID id, String who, @Nullable String why, Instant now) {
		this.jdbc.update("""
				update alert set status = 'ACKNOWLEDGED', acknowledged_by = ?, acknowledged_at = ?,
				    acknowledge_reason = ?, updated_at = ? where id = ?
				""", who, ts(now), why, ts(now), id);
	}

	void resolve(UUID id, String who, @Nullable String why, Instant now) {
		this.jdbc.update("""
				update alert set status = 'RESOLVED', resolved_by = ?, resolved_at = ?, resolve_reason = ?,
				    updated_at = ? where id = ?
				""", who, ts(now), why, ts(now), id);
	}

	List<Alert> notResolved(String model) {
		return this.jdbc.query("select * from alert where model_name = ? and status <> 'RESOLVED' for update",
				this::row, model);
	}

	long countNotResolved(String model, AlertType type) {
		Long count = this.jdbc.queryForObject(
				"select count(*) from alert where model_name = ? and type = ? and status <> 'RESOLVED'", Long.class,
				model, type.name());
		return (count != null) ? count : 0;
	}

	@Nullable Instant lastRetrainRequest(String model) {
		return this.jdbc
			.query("select requested_at from retrain_request where model_name = ? for update",
					(rs, row) -> rs.getTimestamp(1).toInstant(), model)
			.stream()
			.findFirst()
			.orElse(null);
	}

	void retrainRequested(String model, UUID alertId, Instant now) {
		this.jdbc.update("""
				insert into retrain_request (model_name, alert_id, requested_at) values (?, ?, ?)
				on conflict (model_name) do update set alert_id = excluded.alert_id,
				    requested_at = excluded.requested_at
				""", model, alertId, ts(now));
		this.jdbc.update("update alert set retrain_requested_at = ? where id = ?", ts(now), alertId);
	}

	Page search(@Nullable String model, @Nullable AlertStatus status, @Nullable AlertType type, int page, int size) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> args = new ArrayList<>();
		if (model != null) {
			where.append(" and model_name = ?");
			args.add(model);
		}
		if (status != null) {
			where.append(" and status = ?");
			args.add(status.name());
		}
		if (type != null) {
			where.append(" and type = ?");
			args.add(type.name());
		}
		Long total = this.jdbc.queryForObject("select count(*) from alert" + where, Long.class, args.toArray());
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(size);
		pageArgs.add((long) page * size);
		List<Alert> items = this.jdbc.query(
				"select * from alert" + where + " order by opened_at desc, id limit ? offset ?", this::row,
				pageArgs.toArray());
		return new Page(items, page, size, (total != null) ? total : 0);
	}

	private Alert row(ResultSet rs, int row) throws SQLException {
		return new Alert(rs.getObject("id", UUID.class), rs.getString("model_name"), rs.getInt("version"),
				AlertType.valueOf(rs.getString("type")), AlertStatus.valueOf(rs.getString("status")),
				rs.getString("correlation_id"), rs.getString("summary"),
				this.json.readValue(rs.getString("details"), DETAILS), rs.getInt("occurrences"),
				instant(rs, "opened_at"), instant(rs, "updated_at"), rs.getString("acknowledged_by"),
				instant(rs, "acknowledged_at"), rs.getString("acknowledge_reason"), rs.getString("resolved_by"),
				instant(rs, "resolved_at"), rs.getString("resolve_reason"), instant(rs, "retrain_requested_at"));
	}

	@SuppressWarnings("NullAway")
	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

	/**
	 * A page of alerts.
	 *
	 * @param items the alerts, newest first
	 * @param page the page number
	 * @param size the page size
	 * @param total alerts matching
	 */
	record Page(List<Alert> items, int page, int size, long total) {
	}

}
