package dev.loopline.serving;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The serving-service. Serves the champion model, plus canary and shadow versions, over
 * its own REST API and the Open Inference Protocol v2.
 */
@SpringBootApplication
public class ServingApplication {

	/**
	 * Configuration file name, so seven services can share one classpath in local mode.
	 */
	static final String CONFIG_NAME = "serving-service";

	public static void main(String[] args) {
		builder().run(args);
	}

	/**
	 * The application with its own configuration file; loopline-local starts it through
	 * this.
	 */
	public static SpringApplicationBuilder builder() {
		return new SpringApplicationBuilder(ServingApplication.class).properties("spring.config.name=" + CONFIG_NAME);
	}

}
