package dev.loopline.deployment;

/** The actuator paths the deployment files point probes and scrapers at. */
final class ActuatorPaths {

	static final String LIVENESS = "/actuator/health/liveness";

	static final String READINESS = "/actuator/health/readiness";

	static final String PROMETHEUS = "/actuator/prometheus";

	private ActuatorPaths() {
	}

}
