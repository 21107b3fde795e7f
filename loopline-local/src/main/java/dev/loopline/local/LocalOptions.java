package dev.loopline.local;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the user chose for one run of the local platform.
 *
 * @param dataDirectory where Kafka's log, PostgreSQL's data and the development key live
 * @param fresh whether to delete the data directory first
 * @param kafkaPort the broker's port, {@code 0} for a free one
 * @param postgresPort PostgreSQL's port, {@code 0} for a free one
 * @param firstServicePort the ingestion port; the others follow in loop order. {@code 0}
 * gives every service a free port
 * @param parallelism how many services start at once
 * @param services the services to start (all seven by default; a subset for benchmarks)
 */
public record LocalOptions(Path dataDirectory, boolean fresh, int kafkaPort, int postgresPort, int firstServicePort,
		int parallelism, Set<LocalService> services) {

	public LocalOptions {
		services = services.isEmpty() ? EnumSet.noneOf(LocalService.class) : EnumSet.copyOf(services);
		services = Collections.unmodifiableSet(services);
	}

	/**
	 * Options for a throw-away platform: a fresh data directory and free ports for
	 * everything, e.g. for a benchmark that embeds the platform.
	 * @param dataDirectory where the data goes (deleted first)
	 * @param services the services to start
	 * @return the options
	 */
	public static LocalOptions ephemeral(Path dataDirectory, Set<LocalService> services) {
		return new LocalOptions(dataDirectory, true, 0, 0, 0, 2, services);
	}

	int portOf(LocalService service) {
		return (this.firstServicePort == 0) ? 0
				: this.firstServicePort + service.defaultPort() - LocalService.INGESTION.defaultPort();
	}

}
