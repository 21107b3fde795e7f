package dev.loopline.featurestore;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The feature-store-service. Materializes validated records into an append-only offline
 * store and a TTL-checked online store; serves training sets and online features.
 */
@SpringBootApplication
public class FeatureStoreApplication {

	/**
	 * Configuration file name, so seven services can share one classpath in local mode.
	 */
	static final String CONFIG_NAME = "feature-store-service";

	public static void main(String[] args) {
		builder().run(args);
	}

	/**
	 * The application with its own configuration file; loopline-local starts it through
	 * this.
	 */
	public static SpringApplicationBuilder builder() {
		return new SpringApplicationBuilder(FeatureStoreApplication.class)
			.properties("spring.config.name=" + CONFIG_NAME);
	}

}
