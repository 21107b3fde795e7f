package dev.loopline.servicekit.security;

import dev.loopline.servicekit.openapi.OpenApiAutoConfiguration;
import dev.loopline.servicekit.problem.ProblemDetailsAutoConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Start-up behaviour of the security auto-configuration.
 */
class LooplineSecurityAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ProblemDetailsAutoConfiguration.class,
				LooplineSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
				ServletWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
				OpenApiAutoConfiguration.class));

	private static final String[] READ_KEY = { "loopline.security.api-keys[0].name=reader",
			"loopline.security.api-keys[0].key=secret", "loopline.security.api-keys[0].roles=read" };

	@Test
	void refusesToStartWithoutApiKeyOrJwt() {
		this.runner.run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("No credentials are configured")
				.hasMessageContaining("LOOPLINE_SECURITY_APIKEYS_0_KEY");
		});
	}

	@Test
	void startsWithAnApiKeyAndNoJwtDecoder() {
		this.runner.withPropertyValues(READ_KEY).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(SecurityFilterChain.class);
			assertThat(context).hasSingleBean(ApiKeyAuthenticator.class);
			assertThat(context).doesNotHaveBean(JwtDecoder.class);
			assertThat(context).doesNotHaveBean(UserDetailsService.class);
			assertThat(context.getBean(OpenAPI.class).getComponents().getSecuritySchemes()).containsOnlyKeys("apiKey");
		});
	}

	@Test
	void acceptsJwtAloneWhenAJwkSetUriIsConfigured() {
		this.runner.withPropertyValues("spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://localhost:1/jwks")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).hasSingleBean(JwtDecoder.class);
				assertThat(context).hasSingleBean(SecurityFilterChain.class);
				assertThat(context.getBean(OpenAPI.class).getComponents().getSecuritySchemes())
					.containsOnlyKeys("apiKey", "bearer-jwt");
			});
	}

	@Test
	void rejectsAnApiKeyWithoutRoles() {
		this.runner
			.withPropertyValues("loopline.security.api-keys[0].name=reader", "loopline.security.api-keys[0].key=secret")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void backsOffWhenTheServiceDefinesItsOwnChain() {
		this.runner.withPropertyValues(READ_KEY)
			.withBean("customChain", SecurityFilterChain.class,
					() -> new org.springframework.security.web.DefaultSecurityFilterChain((request) -> true))
			.run((context) -> assertThat(context).getBeanNames(SecurityFilterChain.class)
				.containsExactly("customChain"));
	}

}
