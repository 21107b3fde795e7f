package dev.loopline.validation.config;

import java.util.HashMap;
import java.util.Map;

import dev.loopline.servicekit.security.LooplineAuthorizationCustomizer;
import dev.loopline.validation.check.RecordIdWindow;
import dev.loopline.validation.contract.ContractCatalog;
import dev.loopline.validation.contract.ContractRepository;
import dev.loopline.validation.profile.RecentRecords;
import dev.loopline.validation.window.QualityMonitor;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Wires the validation domain: the contract catalog with its cache, the in-memory
 * uniqueness and quality windows, the recent-records sample, the producer the pipeline
 * awaits per chunk, and the role rules of the API.
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

	/**
	 * A plain producer rather than StreamBridge: the pipeline needs the send futures to
	 * wait for the broker's acknowledgements of a whole chunk before the input offsets
	 * are committed. Idempotent producer, acks=all; it talks to the binder's brokers when
	 * they are set, so it never points elsewhere than the bindings.
	 */
	@Bean
	KafkaTemplate<String, byte[]> validationKafkaTemplate(KafkaProperties kafka, Environment environment) {
		Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
		String brokers = environment.getProperty("spring.cloud.stream.kafka.binder.brokers");
		if (brokers != null && !brokers.isBlank()) {
			config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
		}
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
		return new KafkaTemplate<>(
				new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new ByteArraySerializer()));
	}

	@Bean
	LooplineAuthorizationCustomizer validationRules() {
		return (rules) -> rules.requestMatchers(HttpMethod.POST, "/v1/datasets/*/contract-suggestion").hasRole("read");
	}

}
