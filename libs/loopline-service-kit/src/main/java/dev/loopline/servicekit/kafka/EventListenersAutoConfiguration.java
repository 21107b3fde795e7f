package dev.loopline.servicekit.kafka;

import dev.loopline.contracts.EventCodec;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The platform's one {@link EventCodec} and the {@link EventListeners} that services
 * build their consumer bindings with.
 */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration")
public final class EventListenersAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	EventCodec eventCodec() {
		return new EventCodec();
	}

	@Bean
	@ConditionalOnMissingBean
	DeadLetterMetrics deadLetterMetrics(MeterRegistry meterRegistry, Environment environment) {
		return new DeadLetterMetrics(meterRegistry, DeadLetterMetrics.consumedTopics(environment));
	}

	@Bean
	@ConditionalOnMissingBean
	DeadLetters deadLetters(ObjectProvider<StreamBridge> streamBridge, DeadLetterMetrics deadLetterMetrics) {
		return new DeadLetters(streamBridge, deadLetterMetrics);
	}

	@Bean
	@ConditionalOnMissingBean
	EventListeners eventListeners(EventCodec codec, MeterRegistry meterRegistry, DeadLetters deadLetters) {
		return new EventListeners(codec, meterRegistry, deadLetters);
	}

}
