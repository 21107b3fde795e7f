package dev.loopline.training.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.loopline.contracts.FairnessReport;
import dev.loopline.contracts.TrainingTrigger;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.RowMapper;

/**
 * Reads a {@code training.run} row into a {@link Run} (without its transitions), the JSON
 * columns into maps and records.
 */
final class RunRowMapper implements RowMapper<Run> {

	private static final TypeReference<Map<String, Object>> OBJECTS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Double>> DOUBLES = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Long>> LONGS = new TypeReference<>() {
	};

	private final JsonMapper json;

	RunRowMapper(JsonMapper json) {
		this.json = json;
	}

	@Override
	public Run mapRow(ResultSet row, int rowNum) throws SQLException {
		return new Run(row.getObject("id", UUID.class), row.getString("model"), row.getInt("spec_version"),
				TrainingTrigger.valueOf(row.getString("trigger")), row.getString("requested_by"),
				row.getString("correlation_id"), row.getObject("alert_id", UUID.class), row.getString("reason"),
				read(row.getString("overrides"), OBJECTS), RunState.valueOf(row.getString("status")),
				instant(row.getTimestamp("queued_at")), instant(row.getTimestamp("started_at")),
				instant(row.getTimestamp("finished_at")), row.getString("phase"), (Double) row.getObject("progress"),
				read(row.getString("params"), OBJECTS), read(row.getString("data_snapshot"), OBJECTS),
				read(row.getString("metrics"), DOUBLES), read(row.getString("champion_metrics"), DOUBLES),
				(Integer) row.getObject("champion_version"), fairness(row.getString("fairness")),
				read(row.getString("phase_durations"), LONGS), row.getString("failure_reason"),
				row.getString("skip_reason"), row.getString("artifact_id"), row.getString("artifact_sha256"),
				List.of());
	}

	private <T> T read(@Nullable String text, TypeReference<T> type) {
		return (text != null) ? this.json.readValue(text, type) : null;
	}

	private @Nullable FairnessReport fairness(@Nullable String text) {
		return (text != null) ? this.json.readValue(text, FairnessReport.class) : null;
	}

	static Instant instant(@Nullable Timestamp at) {
		return (at != null) ? at.toInstant() : null;
	}

}
