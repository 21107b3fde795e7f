package dev.loopline.ingestion.config;

import dev.loopline.servicekit.security.LooplineAuthorizationCustomizer;
import dev.loopline.servicekit.security.Role;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Cross-cutting wiring: typed settings, the outbox sweeper's scheduler, and the rules
 * that let an {@code ingest} key post records while replays need {@code operate} (the
 * kit's default for other methods).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(IngestionProperties.class)
class IngestionConfiguration {

	@Bean
	LooplineAuthorizationCustomizer ingestionRules() {
		return (rules) -> rules.requestMatchers(HttpMethod.POST, "/v1/datasets/**").hasRole(Role.INGEST.roleName());
	}

}
