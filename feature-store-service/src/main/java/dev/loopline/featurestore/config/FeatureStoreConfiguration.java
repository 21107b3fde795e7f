package dev.loopline.featurestore.config;

import dev.loopline.servicekit.security.LooplineAuthorizationCustomizer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Wires the service's typed settings and the role rules of its API: online lookups are
 * reads although they are POSTs (the entity list does not fit a URL), pushes take
 * {@code ingest} or {@code operate}; everything else follows the kit's defaults (GET
 * {@code read}, other methods {@code operate}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeatureStoreProperties.class)
class FeatureStoreConfiguration {

	@Bean
	LooplineAuthorizationCustomizer featureStoreRules() {
		return (rules) -> {
			rules.requestMatchers(HttpMethod.POST, "/v1/feature-views/*/online").hasRole("read");
			rules.requestMatchers(HttpMethod.POST, "/v1/feature-views/*/push").hasAnyRole("ingest", "operate");
		};
	}

}
