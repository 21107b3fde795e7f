package dev.loopline.servicekit.problem;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;

/**
 * Registers the problem details machinery: the {@link Problems} factory/writer, the
 * {@link LooplineExceptionHandler} advice (which makes Boot's own problem details handler
 * back off) and the {@link ProblemErrorController} that replaces the {@code /error} page.
 */
@AutoConfiguration(before = { WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class },
		after = JacksonAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
@EnableConfigurationProperties(ProblemProperties.class)
public final class ProblemDetailsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Problems looplineProblems(ProblemProperties properties, ObjectProvider<JsonMapper> jsonMapper) {
		return new Problems(properties, jsonMapper.getIfAvailable(() -> JsonMapper.builder().build()));
	}

	@Bean
	@ConditionalOnMissingBean
	LooplineExceptionHandler looplineExceptionHandler(Problems problems) {
		return new LooplineExceptionHandler(problems);
	}

	@Bean
	@ConditionalOnMissingBean(ErrorController.class)
	ProblemErrorController looplineErrorController(Problems problems) {
		return new ProblemErrorController(problems);
	}

}
