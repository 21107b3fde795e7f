package dev.loopline.training.config;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the service's settings and the clock its triggers and runs are timed by.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrainingProperties.class)
class TrainingConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
