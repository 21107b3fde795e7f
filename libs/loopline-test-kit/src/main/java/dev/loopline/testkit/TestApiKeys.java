package dev.loopline.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API keys {@link RealInfrastructure} configures for the service kit's API-key
 * security: one key per role, sent in the {@value #HEADER} header.
 */
public final class TestApiKeys {

	/** The request header that carries the API key. */
	public static final String HEADER = "X-API-Key";

	/** Key with the {@code ingest} role. */
	public static final String INGEST = "test-ingest-key";

	/** Key with the {@code predict} role. */
	public static final String PREDICT = "test-predict-key";

	/** Key with the {@code read} role. */
	public static final String READ = "test-read-key";

	/** Key with the {@code operate} role. */
	public static final String OPERATE = "test-operate-key";

	/** Key with the {@code admin} role. */
	public static final String ADMIN = "test-admin-key";

	/** The roles, in the order of the {@code loopline.security.api-keys} entries. */
	public static final List<String> ROLES = List.of("ingest", "predict", "read", "operate", "admin");

	private static final List<String> KEYS = List.of(INGEST, PREDICT, READ, OPERATE, ADMIN);

	private TestApiKeys() {
	}

	/**
	 * The key that has the given role.
	 * @param role one of {@link #ROLES}
	 * @return the key
	 */
	public static String forRole(String role) {
		int index = ROLES.indexOf(role);
		if (index < 0) {
			throw new IllegalArgumentException("Unknown role '" + role + "', expected one of " + ROLES);
		}
		return KEYS.get(index);
	}

	/**
	 * The properties that declare the keys: for each role {@code i},
	 * {@code loopline.security.api-keys[i].name} ({@code test-<role>}), {@code .key} and
	 * {@code .roles} (the single role).
	 * @return the properties, in a stable order
	 */
	public static Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (int i = 0; i < ROLES.size(); i++) {
			String prefix = "loopline.security.api-keys[" + i + "].";
			properties.put(prefix + "name", "test-" + ROLES.get(i));
			properties.put(prefix + "key", KEYS.get(i));
			properties.put(prefix + "roles", ROLES.get(i));
		}
		return properties;
	}

}
