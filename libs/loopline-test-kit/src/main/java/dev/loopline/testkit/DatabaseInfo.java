package dev.loopline.testkit;

/**
 * Connection details of one PostgreSQL database created for a test.
 *
 * @param jdbcUrl the JDBC URL of the database
 * @param username the user that owns it
 * @param password the user's password
 * @see PostgresEndpoint#createDatabase(String)
 */
public record DatabaseInfo(String jdbcUrl, String username, String password) {

	/**
	 * The database name, the last path segment of the JDBC URL.
	 * @return the database name
	 */
	public String databaseName() {
		String path = this.jdbcUrl.substring(this.jdbcUrl.lastIndexOf('/') + 1);
		int query = path.indexOf('?');
		return (query >= 0) ? path.substring(0, query) : path;
	}

}
