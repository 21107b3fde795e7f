package dev.loopline.servicekit;

import javax.sql.DataSource;

import dev.loopline.servicekit.idempotency.IdempotencyAutoConfiguration;
import dev.loopline.servicekit.idempotency.ProcessedEvents;
import dev.loopline.servicekit.kafka.KafkaBinderAutoConfiguration;
import dev.loopline.servicekit.kafka.LooplineKafkaProperties;
import dev.loopline.servicekit.observability.ObservabilityAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.core.ResolvableType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Beans of the Kafka, idempotency and observability auto-configurations.
 */
class ServiceKitAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(KafkaBinderAutoConfiguration.class, IdempotencyAutoConfiguration.class,
				ObservabilityAutoConfiguration.class));

	@Test
	void namesDeadLetterTopicsAfterTheSourceTopic() {
		this.runner.run((context) -> {
			DlqDestinationResolver resolver = context.getBean(DlqDestinationResolver.class);
			assertThat(resolver.apply(new ConsumerRecord<>("loopline.records.raw", 0, 0, "k", "v"),
					new IllegalStateException()))
				.isEqualTo("loopline.records.raw.dlq");
			assertThat(context.getBean(LooplineKafkaProperties.class).topic("models.events"))
				.isEqualTo("loopline.models.events");
		});
	}

	@Test
	void honoursTopicPrefix() {
		this.runner.withPropertyValues("loopline.kafka.topic-prefix=acme.")
			.run((context) -> assertThat(context.getBean(LooplineKafkaProperties.class).topic("labels"))
				.isEqualTo("acme.labels"));
	}

	@Test
	void offersProcessedEventsOnlyWithADataSource() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(ProcessedEvents.class));
		this.runner.withBean(DataSource.class, () -> mock(DataSource.class))
			.run((context) -> assertThat(context).hasSingleBean(ProcessedEvents.class));
	}

	@Test
	@SuppressWarnings("unchecked")
	void tagsMetersWithApplicationAndInstance() {
		this.runner.withPropertyValues("spring.application.name=monitoring", "loopline.observability.instance=pod-1")
			.run((context) -> {
				String[] names = context.getBeanNamesForType(
						ResolvableType.forClassWithGenerics(MeterRegistryCustomizer.class, MeterRegistry.class));
				MeterRegistry registry = new SimpleMeterRegistry();
				((MeterRegistryCustomizer<MeterRegistry>) context.getBean(names[0])).customize(registry);
				registry.counter("probe").increment();
				assertThat(registry.get("probe")
					.tag("application", "monitoring")
					.tag("instance", "pod-1")
					.counter()
					.count()).isEqualTo(1.0);
			});
	}

}
