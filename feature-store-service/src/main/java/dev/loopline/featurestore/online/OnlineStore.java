package dev.loopline.featurestore.online;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.loopline.featurestore.config.FeatureStoreProperties;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The online store: {@code features.online_value} in PostgreSQL, one row per view version
 * and entity, upserted in batches (one statement per chunk), with a bounded Caffeine
 * cache in front. Rows written by this instance replace their cached copy after the
 * commit; a row written elsewhere shows once a lookup finds the cached copy older than
 * {@code loopline.features.online-cache-refresh} (it is then reloaded in the background,
 * many rows per query, see {@link CoalescedReloads}), at the latest after
 * {@code loopline.features.online-cache-ttl}. Unknown entities are cached too, so a miss
 * costs no query either.
 */
@Repository
public class OnlineStore implements AutoCloseable {

	private static final TypeReference<LinkedHashMap<String, Object>> VALUES = new TypeReference<>() {
	};

	// background reloads asked for within this window share one query; lookups never wait
	// for them, so it only sets how many rows a reload reads at once
	private static final Duration RELOAD_WINDOW = Duration.ofMillis(20);

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final LoadingCache<Key, Optional<OnlineRow>> cache;

	private final CoalescedReloads<Key, Optional<OnlineRow>> reloads;

	OnlineStore(JdbcTemplate jdbc, JsonMapper json, FeatureStoreProperties properties) {
		this.jdbc = jdbc;
		this.json = json;
		this.reloads = new CoalescedReloads<>("online-cache-reload", RELOAD_WINDOW, this::loadAll);
		this.cache = Caffeine.newBuilder()
			.maximumSize(properties.onlineCacheSize())
			.refreshAfterWrite(properties.onlineCacheRefresh())
			.expireAfterWrite(properties.onlineCacheTtl())
			.build(new CacheLoader<>() {
				@Override
				public Optional<OnlineRow> load(Key key) {
					return loadAll(Set.of(key)).get(key);
				}

				@Override
				public Map<Key, Optional<OnlineRow>> loadAll(Set<? extends Key> keys) {
					return OnlineStore.this.loadAll(keys);
				}

				@Override
				public CompletableFuture<Optional<OnlineRow>> asyncReload(Key key, Optional<OnlineRow> old,
						Executor executor) {
					return OnlineStore.this.reloads.reload(key);
				}
			});
	}

	/** Upserts rows in the current transaction; a row never goes back in event time. */
	public void upsert(List<OnlineRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		int size = rows.size();
		String[] views = new String[size];
		Integer[] versions = new Integer[size];
		String[] entities = new String[size];
		String[] times = new String[size];
		Long[] seqs = new Long[size];
		String[] values = new String[size];
		for (int i = 0; i < size; i++) {
			OnlineRow row = rows.get(i);
			views[i] = row.view();
			versions[i] = row.version();
			entities[i] = row.entityId();
			times[i] = row.eventTime().toString();
			seqs[i] = row.recordSeq();
			values[i] = this.json.writeValueAsString(row.values());
		}
		this.jdbc.update(
				"""
						insert into online_value (view_name, view_version, entity_id, event_time, record_seq, feature_values)
						select v, n, e, t, s, f::jsonb
						from unnest(?::text[], ?::int[], ?::text[], ?::timestamptz[], ?::bigint[], ?::text[]) as u(v, n, e, t, s, f)
						on conflict (view_name, view_version, entity_id) do update set event_time = excluded.event_time,
						  record_seq = excluded.record_seq, feature_values = excluded.feature_values, updated_at = now()
						where online_value.event_time <= excluded.event_time""",
				views, versions, entities, times, seqs, values);
	}

	/** Puts committed rows into the cache. */
	public void cache(List<OnlineRow> rows) {
		rows.forEach((row) -> this.cache.put(new Key(row.view(), row.version(), row.entityId()), Optional.of(row)));
	}

	/**
	 * Reads the rows of some entities, from the cache or in one query.
	 * @return rows by entity id; unknown entities are absent
	 */
	public Map<String, OnlineRow> read(String view, int version, List<String> entities) {
		List<Key> keys = entities.stream().map((entity) -> new Key(view, version, entity)).toList();
		Map<Key, Optional<OnlineRow>> found = this.cache.getAll(keys);
		Map<String, OnlineRow> rows = new HashMap<>();
		found.forEach((key, row) -> row.ifPresent((present) -> rows.put(key.entity(), present)));
		return rows;
	}

	private Map<Key, Optional<OnlineRow>> loadAll(Set<? extends Key> keys) {
		Map<Key, Optional<OnlineRow>> loaded = new HashMap<>();
		keys.forEach((key) -> loaded.put(key, Optional.empty()));
		keys.stream()
			.collect(Collectors.groupingBy((key) -> new Key(key.view(), key.version(), ""),
					Collectors.mapping(Key::entity, Collectors.toList())))
			.forEach((view, entities) -> load(view.view(), view.version(), entities, loaded));
		return loaded;
	}

	private void load(String view, int version, List<String> entities, Map<Key, Optional<OnlineRow>> loaded) {
		this.jdbc.query("""
				select entity_id, event_time, record_seq, feature_values::text from online_value
				where view_name = ? and view_version = ? and entity_id = any(?::text[])""", (ResultSet row) -> {
			OnlineRow online = map(view, version, row);
			loaded.put(new Key(view, version, online.entityId()), Optional.of(online));
		}, view, version, entities.toArray(String[]::new));
	}

	private OnlineRow map(String view, int version, ResultSet row) throws SQLException {
		return new OnlineRow(view, version, row.getString(1), row.getObject(2, OffsetDateTime.class).toInstant(),
				row.getLong(3), this.json.readValue(row.getString(4), VALUES));
	}

	@Override
	public void close() {
		this.reloads.close();
	}

	private record Key(String view, int version, String entity) {
	}

}
