package dev.loopline.servicekit.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.loopline.contracts.CloudEventHeaders;
import dev.loopline.contracts.EventCodec;
import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.RawRecord;
import dev.loopline.contracts.RecordSource;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;

/**
 * {@link EventPublisher}: destination, key and CloudEvents headers of a send, awaiting a
 * chunk, and the producer settings of its auto-configuration.
 */
class EventPublisherTests {

	private final MockProducer<byte[], byte[]> producer = new MockProducer<>(false, null, new ByteArraySerializer(),
			new ByteArraySerializer()) {

		@Override
		public void close(Duration timeout) {
			// the template closes its producer after each send; this one is kept to be
			// inspected
		}

	};

	private final EventCodec codec = new EventCodec();

	@Test
	void sendsToTheBindingDestinationWithKeyAndCloudEventHeaders() {
		EventPublisher publisher = publisher(Map.of("rawRecords", "loopline.records.raw"));
		RawRecord event = rawRecord();
		CompletableFuture<?> sent = publisher.send("rawRecords", event);
		assertThat(sent).isNotDone();
		this.producer.completeNext();
		EventPublisher.awaitAll(List.of(sent), Duration.ofSeconds(5));
		ProducerRecord<byte[], byte[]> record = this.producer.history().get(0);
		assertThat(record.topic()).isEqualTo("loopline.records.raw");
		assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(event.key());
		assertThat(this.codec.decode(record.value(), RawRecord.class)).isEqualTo(event);
		assertThat(header(record, CloudEventHeaders.ID)).isEqualTo(event.metadata().eventId().toString());
		assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/loopline/ingestion");
		assertThat(header(record, CloudEventHeaders.CORRELATION_ID)).isEqualTo("corr-1");
	}

	@Test
	void sendsToTheBindingNameWhenNoDestinationIsConfigured() {
		publisher(Map.of()).send("loopline.elsewhere", rawRecord());
		assertThat(this.producer.history().get(0).topic()).isEqualTo("loopline.elsewhere");
	}

	@Test
	void awaitAllFailsWhenASendFails() {
		EventPublisher publisher = publisher(Map.of("rawRecords", "loopline.records.raw"));
		CompletableFuture<?> first = publisher.send("rawRecords", rawRecord());
		CompletableFuture<?> second = publisher.send("rawRecords", rawRecord());
		this.producer.completeNext();
		this.producer.errorNext(new IllegalStateException("broker away"));
		assertThat(first).isCompleted();
		assertThatExceptionOfType(EventPublishingException.class)
			.isThrownBy(() -> EventPublisher.awaitAll(List.of(first, second), Duration.ofSeconds(5)))
			.havingRootCause()
			.withMessage("broker away");
	}

	@Test
	void awaitAllFailsWhenAcknowledgementsDoNotArriveInTime() {
		EventPublisher publisher = publisher(Map.of("rawRecords", "loopline.records.raw"));
		CompletableFuture<?> pending = publisher.send("rawRecords", rawRecord());
		assertThatExceptionOfType(EventPublishingException.class)
			.isThrownBy(() -> EventPublisher.awaitAll(List.of(pending), Duration.ofMillis(1)))
			.withMessageContaining("not acknowledged within");
	}

	@Test
	void configuresADurableBatchingProducerForTheBinderBrokers() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("spring.cloud.stream.kafka.binder.brokers", "kafka-1:9092,kafka-2:9092")
			.withProperty("spring.cloud.stream.kafka.binder.configuration.security.protocol", "SSL")
			.withProperty("spring.application.name", "validation-service");
		Map<String, Object> config = EventPublisherAutoConfiguration.producerConfig(environment);
		assertThat(config).containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "kafka-1:9092,kafka-2:9092")
			.containsEntry("security.protocol", "SSL")
			.containsEntry(ProducerConfig.ACKS_CONFIG, "all")
			.containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
			.containsEntry(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024)
			.containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4")
			.containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "validation-events");
	}

	@Test
	void letsTheBinderProducerPropertiesOverrideTheDefaults() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("spring.cloud.stream.kafka.binder.producer-properties.compression.type", "zstd");
		assertThat(EventPublisherAutoConfiguration.producerConfig(environment))
			.containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd")
			.containsEntry(ProducerConfig.ACKS_CONFIG, "all");
	}

	@Test
	void isAutoConfiguredWhenStreamBindingsExist() {
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(EventPublisherAutoConfiguration.class))
			.withBean(EventCodec.class, EventCodec::new)
			.withPropertyValues("spring.application.name=ingestion-service");
		runner.run((context) -> assertThat(context).doesNotHaveBean(EventPublisher.class));
		// a mock: the real properties bean needs Spring Integration's conversion service
		runner.withBean(BindingServiceProperties.class, () -> mock(BindingServiceProperties.class))
			.run((context) -> assertThat(context).hasSingleBean(EventPublisher.class));
	}

	private EventPublisher publisher(Map<String, String> destinations) {
		BindingServiceProperties bindings = new BindingServiceProperties();
		destinations.forEach((binding, destination) -> {
			BindingProperties properties = new BindingProperties();
			properties.setDestination(destination);
			bindings.getBindings().put(binding, properties);
		});
		ProducerFactory<byte[], byte[]> factory = new ProducerFactory<>() {

			@Override
			public Producer<byte[], byte[]> createProducer() {
				return EventPublisherTests.this.producer;
			}

		};
		return new EventPublisher(new KafkaTemplate<>(factory), bindings, this.codec,
				CloudEventHeaders.source("ingestion"));
	}

	private static RawRecord rawRecord() {
		Instant now = Instant.parse("2026-01-01T00:00:00Z");
		return new RawRecord(EventMetadata.create("corr-1"), "orders", "r-1", "c-1", "batch-1", now, RecordSource.REST,
				Map.of("amount", 1), null);
	}

	private static String header(ProducerRecord<byte[], byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
