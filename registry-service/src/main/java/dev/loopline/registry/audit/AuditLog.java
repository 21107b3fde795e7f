package dev.loopline.registry.audit;

import java.util.List;
import java.util.Map;

import dev.loopline.registry.web.Page;
import dev.loopline.registry.web.Paging.PageRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only {@code audit_event} table. Written in the transaction of the change it
 * records, so the log and the state never disagree.
 */
@Repository
public class AuditLog {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditLog(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public void record(String model, @Nullable Integer version, String action, String actor, @Nullable String reason,
			Map<String, ?> details) {
		this.jdbc.sql(
				"insert into audit_event (name, version, action, actor, reason, details) values (?, ?, ?, ?, ?, ?::jsonb)")
			.params(model, version, action, actor, reason, this.json.writeValueAsString(details))
			.update();
	}

	public Page<AuditEvent> list(String model, PageRequest page) {
		List<AuditEvent> items = this.jdbc
			.sql("select id, name, version, action, actor, reason, at, details::text as details from audit_event "
					+ "where name = ? order by id desc limit ? offset ?")
			.params(model, page.size(), page.offset())
			.query((rs, n) -> new AuditEvent(rs.getLong("id"), rs.getString("name"),
					rs.getObject("version", Integer.class), rs.getString("action"), rs.getString("actor"),
					rs.getString("reason"), rs.getTimestamp("at").toInstant(),
					this.json.readValue(rs.getString("details"), new TypeReference<Map<String, Object>>() {
					})))
			.list();
		long total = this.jdbc.sql("select count(*) from audit_event where name = ?")
			.param(model)
			.query(Long.class)
			.single();
		return new Page<>(items, page.page(), page.size(), total);
	}

}
