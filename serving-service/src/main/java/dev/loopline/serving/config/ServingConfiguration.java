package dev.loopline.serving.config;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import dev.loopline.servicekit.security.LooplineAuthorizationCustomizer;
import dev.loopline.servicekit.security.Role;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Properties, the shadow executor and the authorization rules: predictions (both
 * dialects) need {@code predict}; the Open Inference Protocol's metadata and readiness
 * reads take {@code predict} or {@code read} (a KServe client holds one key); its health
 * probes are open like the actuator's.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServingProperties.class)
@EnableScheduling
class ServingConfiguration {

	@Bean
	LooplineAuthorizationCustomizer servingRules() {
		String predict = Role.PREDICT.roleName();
		return (rules) -> rules.requestMatchers("/v2/health/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/v1/models/*:predict", "/v2/models/*/infer",
					"/v2/models/*/versions/*/infer")
			.hasRole(predict)
			.requestMatchers(HttpMethod.GET, "/v2/**")
			.hasAnyRole(predict, Role.READ.roleName());
	}

	/**
	 * Runs shadow predictions: bounded, so mirrored traffic can never pile up; a full
	 * queue rejects (the caller counts the drop).
	 */
	@Bean(destroyMethod = "shutdownNow")
	ExecutorService shadowExecutor(ServingProperties properties) {
		return new ThreadPoolExecutor(properties.shadowThreads(), properties.shadowThreads(), 60, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(properties.shadowQueue()), new CustomizableThreadFactory("serving-shadow-"),
				new ThreadPoolExecutor.AbortPolicy());
	}

}
