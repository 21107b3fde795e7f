package dev.loopline.ingestion;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The ingestion-service. Lands every record that enters the platform (REST, CSV upload,
 * Kafka producers) and publishes it to loopline.records.raw.
 */
@SpringBootApplication
public class IngestionApplication {

	/**
	 * Configuration file name, so seven services can share one classpath in local mode.
	 */
	static final String CONFIG_NAME = "ingestion-service";

	public static void main(String[] args) {
		builder().run(args);
	}

	/**
	 * The application with its own configuration file; loopline-local starts it through
	 * this.
	 */
	public static SpringApplicationBuilder builder() {
		return new SpringApplicationBuilder(IngestionApplication.class).properties("spring.config.name=" + CONFIG_NAME);
	}

}
