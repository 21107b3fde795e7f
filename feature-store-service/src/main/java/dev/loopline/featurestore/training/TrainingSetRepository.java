package dev.loopline.featurestore.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores training-set definitions in {@code features.training_set}.
 */
@Repository
class TrainingSetRepository {

	private final JdbcClient jdbc;

	TrainingSetRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(TrainingSet set) {
		this.jdbc.sql("""
				insert into training_set (id, view_name, view_version, label, watermark, from_time, to_time,
				  row_count, content_hash, created_at, last_rows, contract_versions)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::integer[])""")
			.params(set.id(), set.view(), set.version(), set.label(), set.watermark(), time(set.from()), time(set.to()),
					set.rowCount(), set.contentHash(), time(set.createdAt()), set.last(),
					set.contractVersions().toArray(Integer[]::new))
			.update();
	}

	Optional<TrainingSet> find(UUID id) {
		return this.jdbc.sql("select * from training_set where id = ?").param(id).query(this::map).optional();
	}

	private TrainingSet map(ResultSet row, int rowNum) throws SQLException {
		return new TrainingSet(row.getObject("id", UUID.class), row.getString("view_name"), row.getInt("view_version"),
				row.getString("label"), row.getLong("watermark"), instant(row, "from_time"), instant(row, "to_time"),
				row.getLong("row_count"), row.getString("content_hash"), instant(row, "created_at"),
				row.getObject("last_rows", Long.class),
				List.of((Integer[]) row.getArray("contract_versions").getArray()));
	}

	private static @Nullable OffsetDateTime time(@Nullable Instant instant) {
		return (instant != null) ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : null;
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

}
