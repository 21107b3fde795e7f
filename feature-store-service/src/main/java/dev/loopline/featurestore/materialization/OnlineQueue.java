package dev.loopline.featurestore.materialization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The entities whose online rows are due ({@code features.online_pending}): an outbox
 * between the offline append and the online refresh. Marking happens in the append's
 * transaction; taking deletes with {@code FOR UPDATE SKIP LOCKED} in the refresh's
 * transaction, so a crash leaves the entities due and concurrent refreshers never take
 * the same one.
 */
@Repository
class OnlineQueue {

	private final JdbcTemplate jdbc;

	OnlineQueue(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void mark(String dataset, Collection<String> entities) {
		if (entities.isEmpty()) {
			return;
		}
		this.jdbc.update("""
				insert into online_pending (dataset, entity_id) select ?, e from unnest(?::text[]) e
				on conflict do nothing""", dataset, entities.toArray(String[]::new));
	}

	/** Takes up to {@code limit} due entities, grouped by dataset. */
	Map<String, Set<String>> take(int limit) {
		Map<String, Set<String>> due = new LinkedHashMap<>();
		this.jdbc.query("""
				delete from online_pending where (dataset, entity_id) in (
				  select dataset, entity_id from online_pending limit ? for update skip locked)
				returning dataset, entity_id""", (java.sql.ResultSet row) -> {
			due.computeIfAbsent(row.getString(1), (dataset) -> new LinkedHashSet<>()).add(row.getString(2));
		}, limit);
		return due;
	}

	/** Takes some entities now, whether due or not (a push refreshes its own at once). */
	void take(String dataset, Collection<String> entities) {
		this.jdbc.update("delete from online_pending where dataset = ? and entity_id = any(?::text[])", dataset,
				new ArrayList<>(entities).toArray(String[]::new));
	}

}
