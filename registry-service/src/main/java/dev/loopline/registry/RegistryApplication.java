package dev.loopline.registry;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The registry-service. Versions model bundles with their lineage, gates promotion
 * against the champion, and publishes model lifecycle events.
 */
@SpringBootApplication
public class RegistryApplication {

	/**
	 * Configuration file name, so seven services can share one classpath in local mode.
	 */
	static final String CONFIG_NAME = "registry-service";

	public static void main(String[] args) {
		builder().run(args);
	}

	/**
	 * The application with its own configuration file; loopline-local starts it through
	 * this.
	 */
	public static SpringApplicationBuilder builder() {
		return new SpringApplicationBuilder(RegistryApplication.class).properties("spring.config.name=" + CONFIG_NAME);
	}

}
