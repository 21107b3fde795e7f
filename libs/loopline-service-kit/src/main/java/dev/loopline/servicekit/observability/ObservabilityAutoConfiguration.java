package dev.loopline.servicekit.observability;

import java.net.InetAddress;
import java.net.UnknownHostException;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Common metric tags ({@code application}, {@code instance}) on every meter and the
 * {@link CorrelationIdFilter} as the first servlet filter.
 */
@AutoConfiguration
@EnableConfigurationProperties(ObservabilityProperties.class)
public final class ObservabilityAutoConfiguration {

	@Bean
	@ConditionalOnClass(MeterRegistry.class)
	MeterRegistryCustomizer<MeterRegistry> looplineCommonTags(Environment environment,
			ObservabilityProperties properties) {
		String application = environment.getProperty("spring.application.name", "application");
		String instance = instance(properties);
		return (registry) -> registry.config().commonTags("application", application, "instance", instance);
	}

	static String instance(ObservabilityProperties properties) {
		if (StringUtils.hasText(properties.instance())) {
			return properties.instance();
		}
		String hostname = System.getenv("HOSTNAME");
		if (StringUtils.hasText(hostname)) {
			return hostname;
		}
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "unknown";
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.SERVLET)
	static class CorrelationIdConfiguration {

		@Bean
		FilterRegistrationBean<CorrelationIdFilter> looplineCorrelationIdFilter() {
			var registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

	}

}
