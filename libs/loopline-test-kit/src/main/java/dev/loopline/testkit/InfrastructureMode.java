package dev.loopline.testkit;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How {@link LooplineInfrastructure} provides Kafka and PostgreSQL.
 */
enum InfrastructureMode {

	/** In-JVM KRaft broker and zonky embedded PostgreSQL. */
	EMBEDDED,

	/** Testcontainers (needs a Docker engine). */
	CONTAINERS,

	/** Containers if Docker is available, else embedded. */
	AUTO;

	/** System property that selects the mode. */
	static final String PROPERTY = "loopline.test.infra";

	/** Environment variable that selects the mode when the system property is absent. */
	static final String ENVIRONMENT_VARIABLE = "LOOPLINE_TEST_INFRA";

	/**
	 * Parse the configured mode: the system property wins over the environment variable;
	 * blank or absent means {@link #AUTO}.
	 * @param systemProperty the value of {@value #PROPERTY}, if any
	 * @param environmentVariable the value of {@value #ENVIRONMENT_VARIABLE}, if any
	 * @return the configured mode
	 */
	static InfrastructureMode configured(@Nullable String systemProperty, @Nullable String environmentVariable) {
		String value = (systemProperty != null && !systemProperty.isBlank()) ? systemProperty : environmentVariable;
		if (value == null || value.isBlank()) {
			return AUTO;
		}
		try {
			return valueOf(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Unknown test infrastructure mode '" + value + "' (from " + PROPERTY
					+ " / " + ENVIRONMENT_VARIABLE + "): use embedded, containers or auto", ex);
		}
	}

}
