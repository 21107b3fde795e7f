package dev.loopline.servicekit.outbox;

import javax.sql.DataSource;

import dev.loopline.contracts.EventCodec;
import dev.loopline.servicekit.kafka.EventPublisher;
import dev.loopline.servicekit.kafka.EventPublisherAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Provides the {@link Outbox} and its {@link OutboxRelay} to a service whose Flyway
 * locations include {@code classpath:db/loopline-outbox} (the migration that creates the
 * table): the outbox is on exactly when its table is.
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
		EventPublisherAutoConfiguration.class })
@ConditionalOnSingleCandidate(DataSource.class)
@Conditional(OutboxAutoConfiguration.OnOutboxMigration.class)
@EnableConfigurationProperties(OutboxProperties.class)
public final class OutboxAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(EventPublisher.class)
	OutboxRelay looplineOutboxRelay(DataSource dataSource, EventPublisher publisher, EventCodec codec,
			OutboxProperties properties, ObjectProvider<MeterRegistry> meterRegistry) {
		// a transaction of its own, never joined to a caller's: the lock and the deletes
		// must commit when the batch is acknowledged
		TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return new OutboxRelay(new JdbcTemplate(dataSource), transactions, publisher, codec, properties,
				meterRegistry.getIfAvailable(() -> Metrics.globalRegistry));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(OutboxRelay.class)
	Outbox looplineOutbox(ObjectProvider<JdbcTemplate> jdbcTemplate, DataSource dataSource, EventCodec codec,
			OutboxRelay relay) {
		return new Outbox(jdbcTemplate.getIfAvailable(() -> new JdbcTemplate(dataSource)), codec, relay::wake);
	}

	/** Matches when {@code spring.flyway.locations} lists the outbox migration. */
	static final class OnOutboxMigration extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			boolean listed = Binder.get(context.getEnvironment())
				.bind("spring.flyway.locations", Bindable.listOf(String.class))
				.map((locations) -> locations.stream().anyMatch((location) -> location.endsWith("db/loopline-outbox")))
				.orElse(false);
			return listed ? ConditionOutcome.match("spring.flyway.locations lists db/loopline-outbox")
					: ConditionOutcome.noMatch("spring.flyway.locations does not list db/loopline-outbox");
		}

	}

}
