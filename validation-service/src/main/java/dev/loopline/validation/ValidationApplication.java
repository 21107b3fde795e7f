package dev.loopline.validation;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The validation-service. Checks raw records against versioned data contracts and
 * expectations; valid records go on, the rest is quarantined with every violation.
 */
@SpringBootApplication
public class ValidationApplication {

	/**
	 * Configuration file name, so seven services can share one classpath in local mode.
	 */
	static final String CONFIG_NAME = "validation-service";

	public static void main(String[] args) {
		builder().run(args);
	}

	/**
	 * The application with its own configuration file; loopline-local starts it through
	 * this.
	 */
	public static SpringApplicationBuilder builder() {
		return new SpringApplicationBuilder(ValidationApplication.class)
			.properties("spring.config.name=" + CONFIG_NAME);
	}

}
