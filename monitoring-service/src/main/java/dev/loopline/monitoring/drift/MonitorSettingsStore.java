package dev.loopline.monitoring.drift;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Monitors' own settings in table {@code monitor_settings}, cached in memory (read on
 * every window).
 */
@Component
class MonitorSettingsStore {

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final Map<String, MonitorSettings> cache = new ConcurrentHashMap<>();

	MonitorSettingsStore(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.jdbc.query("select model_name, settings from monitor_settings", (rs) -> {
			this.cache.put(rs.getString(1), json.readValue(rs.getString(2), MonitorSettings.class));
		});
	}

	MonitorSettings of(String model) {
		return this.cache.getOrDefault(model, MonitorSettings.none());
	}

	void put(String model, MonitorSettings settings) {
		this.jdbc.update("""
				insert into monitor_settings (model_name, settings, updated_at) values (?, ?, ?)
				on conflict (model_name) do update set settings = excluded.settings, updated_at = excluded.updated_at
				""", model, this.json.writeValueAsString(settings), Timestamp.from(this.clock.instant()));
		this.cache.put(model, settings);
	}

}
