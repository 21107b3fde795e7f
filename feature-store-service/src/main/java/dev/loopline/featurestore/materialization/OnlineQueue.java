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
 * transaction and bumps the entity's version when it is due already. The background
 * refresh reads due entities with their versions (no locks), computes their rows, and
 * then takes (deletes, {@code FOR UPDATE SKIP LOCKED}) only those whose version is still
 * the one it read, in the transaction that upserts their rows: a crash leaves them due, a
 * mark made meanwhile keeps its entity due, two refreshers never both take one, and an
 * append waits at most for the end of a refresh's short write, not for its computation.
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
				insert into online_pending (dataset, entity_id) select distinct ?, e from unnest(?::text[]) e
				on conflict (dataset, entity_id) do update set version = online_pending.version + 1""", dataset,
				entities.toArray(String[]::new));
	}

	/** Up to {@code limit} due entities with their versions, read without locks. */
	List<Due> due(int limit) {
		return this.jdbc.query("select dataset, entity_id, version from online_pending limit ?",
				(row, n) -> new Due(row.getString(1), row.getString(2), row.getLong(3)), limit);
	}

	/**
	 * Takes the due entities whose version has not moved since they were read and that no
	 * one else holds.
	 * @return the entities taken, grouped by dataset
	 */
	Map<String, Set<String>> take(List<Due> due) {
		Map<String, Set<String>> taken = new LinkedHashMap<>();
		if (due.isEmpty()) {
			return taken;
		}
		this.jdbc.query("""
				delete from online_pending p where (p.dataset, p.entity_id) in (
				  select q.dataset, q.entity_id from online_pending q
				  join unnest(?::text[], ?::text[], ?::bigint[]) as u(d, e, v)
				    on q.dataset = u.d and q.entity_id = u.e and q.version = u.v
				  for update of q skip locked)
				returning p.dataset, p.entity_id""", (java.sql.ResultSet row) -> {
			taken.computeIfAbsent(row.getString(1), (dataset) -> new LinkedHashSet<>()).add(row.getString(2));
		}, due.stream().map(Due::dataset).toArray(String[]::new),
				due.stream().map(Due::entityId).toArray(String[]::new),
				due.stream().map(Due::version).toArray(Long[]::new));
		return taken;
	}

	/**
	 * Takes some entities now, whether due or not, in any version (a push refreshes its
	 * own at once, reading their histories after this).
	 */
	void take(String dataset, Collection<String> entities) {
		// skip locked: an entity an append is marking right now stays due for the worker,
		// and a push never waits for (or deadlocks with) a chunk
		this.jdbc.update("""
				delete from online_pending where (dataset, entity_id) in (
				  select dataset, entity_id from online_pending where dataset = ? and entity_id = any(?::text[])
				  for update skip locked)""", dataset, new ArrayList<>(entities).toArray(String[]::new));
	}

	/**
	 * An entity due for an online refresh.
	 *
	 * @param dataset dataset
	 * @param entityId entity
	 * @param version bumped by every mark
	 */
	record Due(String dataset, String entityId, long version) {
	}

}
