package dev.loopline.monitoring.config;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Binds the monitoring settings, enables the scheduled clean-up of predictions whose
 * label never came, and provides the clock the windows and cooldowns read.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MonitoringProperties.class)
@EnableScheduling
class MonitoringConfiguration {

	@Bean
	Clock monitoringClock() {
		return Clock.systemUTC();
	}

}
