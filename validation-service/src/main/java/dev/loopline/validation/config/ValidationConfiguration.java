package dev.loopline.validation.config;

import dev.loopline.servicekit.security.LooplineAuthorizationCustomizer;
import dev.loopline.validation.check.RecordIdWindow;
import dev.loopline.validation.contract.ContractCatalog;
import dev.loopline.validation.contract.ContractRepository;
import dev.loopline.validation.profile.RecentRecords;
import dev.loopline.validation.window.QualityMonitor;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Wires the validation domain: the contract catalog with its cache, the in-memory
 * uniqueness and quality windows, the recent-records sample, and the role rules of the
 * API.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ValidationProperties.class)
class ValidationConfiguration {

	@Bean
	ContractCatalog contractCatalog(ContractRepository repository, ValidationProperties properties) {
		return new ContractCatalog(repository, properties.contractCacheTtl());
	}

	@Bean
	RecordIdWindow recordIdWindow(ValidationProperties properties) {
		return new RecordIdWindow(properties.uniqueWindowSize(), properties.uniqueWindowTtl());
	}

	@Bean
	QualityMonitor qualityMonitor() {
		return new QualityMonitor();
	}

	@Bean
	RecentRecords recentRecords(ValidationProperties properties) {
		return new RecentRecords(properties.profileSampleSize());
	}

	@Bean
	LooplineAuthorizationCustomizer validationRules() {
		return (rules) -> rules.requestMatchers(HttpMethod.POST, "/v1/datasets/*/contract-suggestion").hasRole("read");
	}

}
