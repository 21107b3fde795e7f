package dev.loopline.monitoring;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The monitoring-service. Watches data drift, prediction drift and live accuracy against
 * the champion's reference, raises alerts and requests retraining.
 */
@SpringBootApplication
public class MonitoringApplication {

	/**
	 * Configuration file name, so seven services can share one classpath in local mode.
	 */
	static final String CONFIG_NAME = "monitoring-service";

	public static void main(String[] args) {
		builder().run(args);
	}

	/**
	 * The application with its own configuration file; loopline-local starts it through
	 * this.
	 */
	public static SpringApplicationBuilder builder() {
		return new SpringApplicationBuilder(MonitoringApplication.class)
			.properties("spring.config.name=" + CONFIG_NAME);
	}

}
