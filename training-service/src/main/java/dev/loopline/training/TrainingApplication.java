package dev.loopline.training;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The training-service. Trains Tribuo models when asked (REST, schedule, new data, drift)
 * and evaluates each challenger against the champion on the same hold-out.
 */
@SpringBootApplication
public class TrainingApplication {

	/**
	 * Configuration file name, so seven services can share one classpath in local mode.
	 */
	static final String CONFIG_NAME = "training-service";

	public static void main(String[] args) {
		builder().run(args);
	}

	/**
	 * The application with its own configuration file; loopline-local starts it through
	 * this.
	 */
	public static SpringApplicationBuilder builder() {
		return new SpringApplicationBuilder(TrainingApplication.class).properties("spring.config.name=" + CONFIG_NAME);
	}

}
