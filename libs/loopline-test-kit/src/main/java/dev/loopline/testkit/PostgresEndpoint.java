package dev.loopline.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A PostgreSQL server for tests: the connection details of its administrative database,
 * and a way to create a fresh, empty database per test class.
 */
public final class PostgresEndpoint {

	static final int MAX_NAME_LENGTH = 63;

	private static final AtomicInteger counter = new AtomicInteger();

	private final String host;

	private final int port;

	private final String adminDatabase;

	private final String username;

	private final String password;

	/**
	 * Create an endpoint for a running server.
	 * @param host the host name
	 * @param port the port
	 * @param adminDatabase a database the user may connect to (and create databases from)
	 * @param username a user allowed to create databases
	 * @param password the user's password
	 */
	public PostgresEndpoint(String host, int port, String adminDatabase, String username, String password) {
		this.host = host;
		this.port = port;
		this.adminDatabase = adminDatabase;
		this.username = username;
		this.password = password;
	}

	/**
	 * The JDBC URL of the administrative database.
	 * @return the JDBC URL
	 */
	public String jdbcUrl() {
		return jdbcUrl(this.adminDatabase);
	}

	/**
	 * The user name.
	 * @return the user name
	 */
	public String username() {
		return this.username;
	}

	/**
	 * The password.
	 * @return the password
	 */
	public String password() {
		return this.password;
	}

	/**
	 * Create a new, empty database with a unique name derived from the hint.
	 * @param nameHint a readable part of the name, e.g. the test class name; anything
	 * outside {@code [a-z0-9_]} is replaced
	 * @return how to connect to the new database
	 */
	public DatabaseInfo createDatabase(String nameHint) {
		String name = uniqueName(nameHint, counter.incrementAndGet());
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), this.username, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE \"" + name + "\"");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database '" + name + "' on " + jdbcUrl(), ex);
		}
		return new DatabaseInfo(jdbcUrl(name), this.username, this.password);
	}

	private String jdbcUrl(String database) {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database;
	}

	/**
	 * A valid, unique PostgreSQL database name: the sanitized hint (camel case split with
	 * underscores, lower case, only {@code [a-z0-9_]}, starting with a letter), a
	 * sequence number and a random suffix, at most {@value #MAX_NAME_LENGTH} characters.
	 * @param hint the readable part
	 * @param sequence a number unique within this JVM
	 * @return the database name
	 */
	static String uniqueName(String hint, int sequence) {
		String suffix = "_" + sequence + "_"
				+ Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36);
		String base = sanitize(hint);
		int room = MAX_NAME_LENGTH - suffix.length();
		if (base.length() > room) {
			base = base.substring(0, room);
		}
		return base + suffix;
	}

	static String sanitize(String hint) {
		String snake = hint.replaceAll("([A-Z])([A-Z][a-z])", "$1_$2")
			.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
			.toLowerCase(Locale.ROOT);
		String cleaned = snake.replaceAll("[^a-z0-9_]+", "_").replaceAll("_+", "_").replaceAll("^_|_$", "");
		if (cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0))) {
			cleaned = "db_" + cleaned;
		}
		return cleaned.replaceAll("_+$", "");
	}

	@Override
	public String toString() {
		return jdbcUrl() + " (user " + this.username + ")";
	}

}
