package dev.loopline.servicekit.idempotency;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Provides {@link ProcessedEvents} when the service has a single {@link DataSource}.
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class })
@ConditionalOnClass(JdbcTemplate.class)
@ConditionalOnSingleCandidate(DataSource.class)
public final class IdempotencyAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ProcessedEvents looplineProcessedEvents(ObjectProvider<JdbcTemplate> jdbcTemplate, DataSource dataSource,
			ObjectProvider<MeterRegistry> meterRegistry) {
		return new ProcessedEvents(jdbcTemplate.getIfAvailable(() -> new JdbcTemplate(dataSource)),
				meterRegistry.getIfAvailable());
	}

}
