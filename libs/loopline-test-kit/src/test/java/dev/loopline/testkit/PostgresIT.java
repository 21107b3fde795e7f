package dev.loopline.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresIT {

	@Test
	void roundTripsRowsThroughAFreshDatabase() throws SQLException {
		DatabaseInfo database = LooplineInfrastructure.postgres().createDatabase("PostgresIT round trip");

		try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
			statement.execute("create table model_version (name text not null, version int not null)");
			statement.execute("insert into model_version values ('churn', 1), ('churn', 2)");

			assertThat(strings(statement, "select name || ':' || version from model_version order by version"))
				.containsExactly("churn:1", "churn:2");
			assertThat(strings(statement, "select current_database()")).containsExactly(database.databaseName());
		}
	}

	@Test
	void createsADifferentEmptyDatabaseEachTime() throws SQLException {
		PostgresEndpoint postgres = LooplineInfrastructure.postgres();

		DatabaseInfo first = postgres.createDatabase("PostgresIT");
		DatabaseInfo second = postgres.createDatabase("PostgresIT");

		assertThat(first.databaseName()).isNotEqualTo(second.databaseName());
		assertThat(userTables(first)).isEmpty();
		assertThat(userTables(second)).isEmpty();
		try (Connection connection = connect(first); Statement statement = connection.createStatement()) {
			statement.execute("create table only_in_first (id int)");
		}
		assertThat(userTables(first)).containsExactly("only_in_first");
		assertThat(userTables(second)).isEmpty();
	}

	private static List<String> userTables(DatabaseInfo database) throws SQLException {
		try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
			return strings(statement,
					"select table_name from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')");
		}
	}

	private static Connection connect(DatabaseInfo database) throws SQLException {
		return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
	}

	private static List<String> strings(Statement statement, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

}
