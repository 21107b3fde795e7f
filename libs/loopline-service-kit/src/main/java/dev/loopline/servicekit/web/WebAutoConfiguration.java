package dev.loopline.servicekit.web;

import dev.loopline.servicekit.problem.ProblemDetailsAutoConfiguration;
import dev.loopline.servicekit.problem.Problems;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Registers the {@link RequestSizeLimitFilter} early in the filter chain, before
 * security, so an oversized body is refused before anything reads it.
 */
@AutoConfiguration(after = ProblemDetailsAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
@EnableConfigurationProperties(HttpProperties.class)
public final class WebAutoConfiguration {

	/**
	 * Order of the size limit filter: after the correlation id filter, before security.
	 */
	public static final int SIZE_LIMIT_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> looplineRequestSizeLimitFilter(HttpProperties properties,
			Problems problems) {
		var registration = new FilterRegistrationBean<>(
				new RequestSizeLimitFilter(properties.maxRequestSize().toBytes(), properties.maxUploadSize().toBytes(),
						problems, properties.uploadContentTypes()));
		registration.setOrder(SIZE_LIMIT_FILTER_ORDER);
		return registration;
	}

}
