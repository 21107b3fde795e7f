package dev.loopline.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Adds the {@link RealInfrastructure} properties to a test's application context. Equal
 * only for the same test class, so each class gets its own context and database.
 */
class RealInfrastructureContextCustomizer implements ContextCustomizer {

	static final String PROPERTY_SOURCE_NAME = "Loopline Real Infrastructure";

	/** Property sources of explicit test properties, which keep precedence over ours. */
	private static final Set<String> TEST_PROPERTY_SOURCES = Set.of("Inlined Test Properties",
			"Dynamic Test Properties");

	private final Class<?> testClass;

	private final boolean kafka;

	private final boolean database;

	RealInfrastructureContextCustomizer(Class<?> testClass, boolean kafka, boolean database) {
		this.testClass = testClass;
		this.kafka = kafka;
		this.database = database;
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		if (this.kafka && this.database) {
			LooplineInfrastructure.startAll();
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		if (this.kafka) {
			String brokers = LooplineInfrastructure.kafka().bootstrapServers();
			properties.put("spring.kafka.bootstrap-servers", brokers);
			properties.put("spring.cloud.stream.kafka.binder.brokers", brokers);
			properties.put("spring.embedded.kafka.brokers", brokers);
			// Kafka clients log their whole configuration at INFO, once per client:
			// keep test output readable
			properties.put("logging.level.org.apache.kafka", "WARN");
		}
		if (this.database) {
			DatabaseInfo database = LooplineInfrastructure.postgres().createDatabase(this.testClass.getSimpleName());
			properties.put("spring.datasource.url", database.jdbcUrl());
			properties.put("spring.datasource.username", database.username());
			properties.put("spring.datasource.password", database.password());
		}
		properties.putAll(TestApiKeys.properties());
		addBelowExplicitTestProperties(context.getEnvironment().getPropertySources(),
				new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
	}

	private static void addBelowExplicitTestProperties(MutablePropertySources sources, PropertySource<?> source) {
		String lastTestSource = null;
		for (PropertySource<?> candidate : sources) {
			if (TEST_PROPERTY_SOURCES.contains(candidate.getName())) {
				lastTestSource = candidate.getName();
			}
		}
		if (lastTestSource != null) {
			sources.addAfter(lastTestSource, source);
		}
		else {
			sources.addFirst(source);
		}
	}

	@Override
	public boolean equals(@Nullable Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || getClass() != other.getClass()) {
			return false;
		}
		RealInfrastructureContextCustomizer that = (RealInfrastructureContextCustomizer) other;
		return this.testClass == that.testClass && this.kafka == that.kafka && this.database == that.database;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.testClass, this.kafka, this.database);
	}

}
