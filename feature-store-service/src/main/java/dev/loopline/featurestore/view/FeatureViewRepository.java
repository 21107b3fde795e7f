package dev.loopline.featurestore.view;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.loopline.features.spec.FeatureViewSpecs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores feature view versions in {@code features.feature_view}, the spec as JSON.
 */
@Repository
class FeatureViewRepository {

	private static final String COLUMNS = "spec::text as spec, ttl_seconds, created_at, used_at";

	private final JdbcClient jdbc;

	FeatureViewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<FeatureView> latest(String name) {
		return this.jdbc.sql("select " + COLUMNS + " from feature_view where name = ? order by version desc limit 1")
			.param(name)
			.query(this::map)
			.optional();
	}

	Optional<FeatureView> version(String name, int version) {
		return this.jdbc.sql("select " + COLUMNS + " from feature_view where name = ? and version = ?")
			.params(name, version)
			.query(this::map)
			.optional();
	}

	List<FeatureView> versions(String name) {
		return this.jdbc.sql("select " + COLUMNS + " from feature_view where name = ? order by version")
			.param(name)
			.query(this::map)
			.list();
	}

	List<FeatureView> latestOfEach() {
		return this.jdbc.sql("select distinct on (name) " + COLUMNS + " from feature_view order by name, version desc")
			.query(this::map)
			.list();
	}

	List<FeatureView> ofDataset(String dataset) {
		return this.jdbc.sql("select " + COLUMNS + " from feature_view where dataset = ? order by name, version")
			.param(dataset)
			.query(this::map)
			.list();
	}

	/**
	 * Inserts a version; fails with a duplicate key on a concurrent insert of the same
	 * version.
	 */
	void insert(ViewDefinition definition) {
		this.jdbc.sql("""
				insert into feature_view (name, version, dataset, spec, ttl_seconds)
				values (?, ?, ?, ?::jsonb, ?)""")
			.params(definition.spec().name(), definition.spec().version(), definition.spec().dataset(),
					FeatureViewSpecs.toJson(definition.spec()), seconds(definition.ttl()))
			.update();
	}

	/**
	 * Replaces an unused version.
	 * @return whether it was replaced (false when it is used, or unknown)
	 */
	boolean replaceUnused(ViewDefinition definition) {
		return this.jdbc.sql("""
				update feature_view set dataset = ?, spec = ?::jsonb, ttl_seconds = ?, updated_at = now()
				where name = ? and version = ? and used_at is null""")
			.params(definition.spec().dataset(), FeatureViewSpecs.toJson(definition.spec()), seconds(definition.ttl()),
					definition.spec().name(), definition.spec().version())
			.update() == 1;
	}

	void markUsed(String name, int version) {
		this.jdbc.sql("update feature_view set used_at = now() where name = ? and version = ? and used_at is null")
			.params(name, version)
			.update();
	}

	private static Long seconds(Duration ttl) {
		return (ttl != null) ? ttl.toSeconds() : null;
	}

	private FeatureView map(ResultSet row, int rowNum) throws SQLException {
		long ttl = row.getLong("ttl_seconds");
		Duration duration = row.wasNull() ? null : Duration.ofSeconds(ttl);
		Timestamp used = row.getTimestamp("used_at");
		return new FeatureView(FeatureViewSpecs.fromJson(row.getString("spec")), duration,
				row.getTimestamp("created_at").toInstant(), (used != null) ? used.toInstant() : null);
	}

}
