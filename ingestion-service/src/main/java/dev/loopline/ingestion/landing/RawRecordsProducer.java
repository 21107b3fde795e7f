package dev.loopline.ingestion.landing;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

/**
 * The producer of {@code loopline.records.raw}. It talks to the binder's brokers with the
 * binder's client configuration ({@code spring.cloud.stream.kafka.binder.brokers} and
 * {@code .configuration}), but sends through a {@link KafkaTemplate} rather than
 * {@code StreamBridge}: the outbox needs each record's acknowledgement as a future, and
 * the ingest path's throughput needs a send that costs microseconds, not the per-message
 * conversion and routing of the binding (measured at about a millisecond per record).
 */
@Configuration(proxyBeanMethods = false)
class RawRecordsProducer {

	@Bean
	ProducerFactory<byte[], byte[]> rawRecordsProducerFactory(Environment environment) {
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
		// a broker that is away fails the send within this time; the sweeper retries
		// later
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
		config.put(ProducerConfig.CLIENT_ID_CONFIG, "ingestion-raw-records");
		return new DefaultKafkaProducerFactory<>(config, new ByteArraySerializer(), new ByteArraySerializer());
	}

	@Bean
	KafkaTemplate<byte[], byte[]> rawRecordsTemplate(ProducerFactory<byte[], byte[]> rawRecordsProducerFactory) {
		return new KafkaTemplate<>(rawRecordsProducerFactory);
	}

}
