package dev.loopline.servicekit.kafka;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.context.annotation.Bean;

/**
 * Names every dead-letter topic {@code <topic>.dlq} (DESIGN §4). Retry, back-off, DLQ and
 * non-retryable exception defaults are set as low-precedence properties by
 * {@code LooplineDefaultsEnvironmentPostProcessor}, which also lists the resolver bean in
 * {@code spring.cloud.function.ineligible-definitions}: being a {@code BiFunction}, it
 * would otherwise be discovered (and bound) as a stream function.
 */
@AutoConfiguration
@ConditionalOnClass(DlqDestinationResolver.class)
@EnableConfigurationProperties(LooplineKafkaProperties.class)
public final class KafkaBinderAutoConfiguration {

	/** Suffix of a dead-letter topic. */
	public static final String DLQ_SUFFIX = ".dlq";

	@Bean
	@ConditionalOnMissingBean
	DlqDestinationResolver looplineDlqDestinationResolver(ObjectProvider<DeadLetterMetrics> metrics) {
		return (record, exception) -> {
			// asked once per record the binder dead-letters
			metrics.ifAvailable((counter) -> counter.count(record.topic()));
			return record.topic() + DLQ_SUFFIX;
		};
	}

}
