package dev.loopline.validation.contract;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores contract versions in {@code validation.data_contract} as JSON documents.
 */
@Repository
public class ContractRepository {

	private static final String COLUMNS = "dataset, version, created_at, definition::text as definition";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ContractRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public Optional<DataContract> latest(String dataset) {
		return this.jdbc
			.sql("select " + COLUMNS + " from data_contract where dataset = ? order by version desc limit 1")
			.param(dataset)
			.query(this::map)
			.optional();
	}

	public Optional<DataContract> version(String dataset, int version) {
		return this.jdbc.sql("select " + COLUMNS + " from data_contract where dataset = ? and version = ?")
			.params(dataset, version)
			.query(this::map)
			.optional();
	}

	public List<DataContract> latestOfEach() {
		return this.jdbc
			.sql("select distinct on (dataset) " + COLUMNS + " from data_contract order by dataset, version desc")
			.query(this::map)
			.list();
	}

	/**
	 * Inserts a version; fails on a concurrent insert of the same version (primary key).
	 */
	void insert(String dataset, int version, ContractDefinition definition) {
		this.jdbc.sql("insert into data_contract (dataset, version, definition) values (?, ?, ?::jsonb)")
			.params(dataset, version, this.json.writeValueAsString(definition))
			.update();
	}

	private DataContract map(ResultSet row, int rowNum) throws SQLException {
		return new DataContract(row.getString("dataset"), row.getInt("version"),
				row.getTimestamp("created_at").toInstant(),
				this.json.readValue(row.getString("definition"), ContractDefinition.class));
	}

}
