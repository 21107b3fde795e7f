package dev.loopline.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (zonky's embedded binaries) whose data directory sits under
 * the platform's data directory, so it survives restarts. The services share one
 * database, each in its own schema, as DESIGN.md §5 describes.
 */
final class LocalPostgres implements AutoCloseable {

	static final String DATABASE = "loopline";

	static final String USER = "postgres";

	private final EmbeddedPostgres postgres;

	private LocalPostgres(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static LocalPostgres start(Path directory, int port) {
		try {
			Files.createDirectories(directory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory.resolve("data"))
				.setOverrideWorkingDirectory(directory.resolve("work").toFile())
				.setCleanDataDirectory(false)
				.setPort((port == 0) ? FreePorts.find() : port)
				.setServerConfig("max_connections", "200")
				.setRegisterShutdownHook(false)
				.start();
			LocalPostgres local = new LocalPostgres(postgres);
			local.createDatabase();
			return local;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + directory, ex);
		}
	}

	private void createDatabase() {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet exists = statement
				.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (exists.next()) {
					return;
				}
			}
			statement.execute("create database " + DATABASE);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the database " + DATABASE, ex);
		}
	}

	String jdbcUrl() {
		return this.postgres.getJdbcUrl(USER, DATABASE);
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Stopping PostgreSQL failed", ex);
		}
	}

}
