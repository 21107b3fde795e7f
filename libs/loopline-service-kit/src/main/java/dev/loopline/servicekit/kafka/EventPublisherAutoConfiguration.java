package dev.loopline.servicekit.kafka;

import java.util.HashMap;
import java.util.Map;

import dev.loopline.contracts.CloudEventHeaders;
import dev.loopline.contracts.EventCodec;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The platform's {@link EventPublisher}. Its producer talks to the binder's brokers with
 * the binder's client configuration ({@code spring.cloud.stream.kafka.binder.brokers} and
 * {@code .configuration}), so it never points elsewhere than the bindings, and is tuned
 * for durable throughput: {@code acks=all}, idempotence, 5 ms linger, 256 KB batches and
 * lz4 (each overridable with
 * {@code spring.cloud.stream.kafka.binder.producer-properties}) (measured: with the
 * client's 16 KB uncompressed batches a 1000-event chunk waited about 100 ms for its
 * acknowledgements).
 */
@AutoConfiguration(after = EventListenersAutoConfiguration.class,
		afterName = "org.springframework.cloud.stream.config.BindingServiceConfiguration")
@ConditionalOnClass({ KafkaTemplate.class, BindingServiceProperties.class })
public final class EventPublisherAutoConfiguration {

	/**
	 * The publisher with its own template, which is not a bean: a {@code KafkaTemplate}
	 * bean would switch off Boot's own (conditional on a missing one) in services that
	 * use it. The producer is closed with the publisher.
	 */
	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(BindingServiceProperties.class)
	EventPublisher eventPublisher(BindingServiceProperties bindings, EventCodec codec, Environment environment) {
		KafkaTemplate<byte[], byte[]> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
				producerConfig(environment), new ByteArraySerializer(), new ByteArraySerializer()));
		return new EventPublisher(template, bindings, codec, CloudEventHeaders.source(serviceName(environment)));
	}

	static Map<String, Object> producerConfig(Environment environment) {
		Binder binder = Binder.get(environment);
		Map<String, Object> config = new HashMap<>();
		binder.bind("spring.cloud.stream.kafka.binder.configuration", Bindable.mapOf(String.class, String.class))
			.ifBound(config::putAll);
		String brokers = binder.bind("spring.cloud.stream.kafka.binder.brokers", Bindable.listOf(String.class))
			.map((list) -> String.join(",", list))
			.orElseGet(() -> environment.getProperty("spring.kafka.bootstrap-servers", "localhost:9092"));
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
		config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
		config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
		// a broker that is away fails the send within this time instead of blocking the
		// caller for the client's default minute
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
		config.put(ProducerConfig.CLIENT_ID_CONFIG, serviceName(environment) + "-events");
		// the binder's producer properties override these defaults, as they do for
		// bindings
		binder.bind("spring.cloud.stream.kafka.binder.producer-properties", Bindable.mapOf(String.class, String.class))
			.ifBound(config::putAll);
		return config;
	}

	/** {@code ingestion-service} publishes as {@code /loopline/ingestion}. */
	static String serviceName(Environment environment) {
		String name = environment.getProperty("spring.application.name", "loopline");
		return name.endsWith("-service") ? name.substring(0, name.length() - "-service".length()) : name;
	}

}
