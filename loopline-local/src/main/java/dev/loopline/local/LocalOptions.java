package dev.loopline.local;

import java.nio.file.Path;

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
 */
record LocalOptions(Path dataDirectory, boolean fresh, int kafkaPort, int postgresPort, int firstServicePort,
		int parallelism) {

	int portOf(LocalService service) {
		return (this.firstServicePort == 0) ? 0
				: this.firstServicePort + service.defaultPort() - LocalService.INGESTION.defaultPort();
	}

}
