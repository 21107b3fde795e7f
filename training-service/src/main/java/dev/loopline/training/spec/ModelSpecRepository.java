package dev.loopline.training.spec;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores model spec versions in {@code training.model_spec}, the spec as JSON.
 */
@Repository
class ModelSpecRepository {

	private static final String COLUMNS = "name, version, created_at, spec::text as spec";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ModelSpecRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Inserts the next version; the advisory lock serializes concurrent PUTs of a name.
	 */
	ModelSpecVersion insertNext(String name, ModelSpec spec) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('model_spec:' || ?))").param(name).query().singleRow();
		int version = this.jdbc.sql("select coalesce(max(version), 0) + 1 from model_spec where name = ?")
			.param(name)
			.query(Integer.class)
			.single();
		this.jdbc.sql("insert into model_spec (name, version, spec) values (?, ?, ?::jsonb)")
			.params(name, version, this.json.writeValueAsString(spec))
			.update();
		return version(name, version).orElseThrow();
	}

	Optional<ModelSpecVersion> latest(String name) {
		return this.jdbc.sql("select " + COLUMNS + " from model_spec where name = ? order by version desc limit 1")
			.param(name)
			.query(this::map)
			.optional();
	}

	Optional<ModelSpecVersion> version(String name, int version) {
		return this.jdbc.sql("select " + COLUMNS + " from model_spec where name = ? and version = ?")
			.params(name, version)
			.query(this::map)
			.optional();
	}

	List<ModelSpecVersion> versions(String name) {
		return this.jdbc.sql("select " + COLUMNS + " from model_spec where name = ? order by version")
			.param(name)
			.query(this::map)
			.list();
	}

	List<ModelSpecVersion> latestOfEach() {
		return this.jdbc.sql("select distinct on (name) " + COLUMNS + " from model_spec order by name, version desc")
			.query(this::map)
			.list();
	}

	private ModelSpecVersion map(ResultSet row, int rowNum) throws SQLException {
		return new ModelSpecVersion(row.getString("name"), row.getInt("version"),
				row.getTimestamp("created_at").toInstant(),
				this.json.readValue(row.getString("spec"), ModelSpec.class));
	}

}
