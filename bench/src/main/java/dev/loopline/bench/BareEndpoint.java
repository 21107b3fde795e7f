package dev.loopline.bench;

import java.util.Map;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The baseline of the online lookup benchmark: a Spring Boot application with one
 * {@code @GetMapping} returning a constant JSON object, on Tomcat and Spring MVC with
 * Jackson like the services, but without security, filters or a database. It runs in the
 * benchmark's JVM, beside the feature store.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
		WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class })
@Import(BareEndpoint.Constant.class)
class BareEndpoint {

	static final String PATH = "/bare";

	/** Starts the endpoint on a free port. */
	static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(BareEndpoint.class)
			.properties("server.port=0", "spring.config.name=bare-endpoint", "spring.main.banner-mode=off")
			.run();
	}

	static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	@RestController
	static class Constant {

		@GetMapping(PATH)
		Map<String, String> constant() {
			return Map.of("status", "ok");
		}

	}

}
