package dev.loopline.servicekit.security;

import java.util.Arrays;

import jakarta.servlet.DispatcherType;

import dev.loopline.servicekit.problem.ProblemDetailsAutoConfiguration;
import dev.loopline.servicekit.problem.Problems;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The security filter chain of every Loopline service: stateless, no CSRF, API keys (and
 * JWTs when a decoder is configured), health endpoints and
 * {@code loopline.security.open-paths} open, service rules from
 * {@link LooplineAuthorizationCustomizer} beans, then GET/HEAD/OPTIONS → {@code read} and
 * everything else → {@code operate}. Refuses to start when neither an API key nor a JWT
 * issuer is configured.
 */
@AutoConfiguration(after = ProblemDetailsAutoConfiguration.class,
		before = { OAuth2ResourceServerAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
				ManagementWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class })
@ConditionalOnWebApplication(type = Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public final class LooplineSecurityAutoConfiguration {

	static final String NO_CREDENTIALS = "No credentials are configured, so every request would be refused. "
			+ "Configure at least one API key (loopline.security.api-keys[0].name/key/roles, e.g. environment "
			+ "LOOPLINE_SECURITY_APIKEYS_0_NAME, LOOPLINE_SECURITY_APIKEYS_0_KEY, LOOPLINE_SECURITY_APIKEYS_0_ROLES) "
			+ "or a JWT issuer (spring.security.oauth2.resourceserver.jwt.issuer-uri or jwk-set-uri).";

	@Bean
	@ConditionalOnMissingBean
	static RoleHierarchy looplineRoleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.roleName())
			.implies(Role.OPERATE.roleName(), Role.READ.roleName(), Role.INGEST.roleName(), Role.PREDICT.roleName())
			.role(Role.OPERATE.roleName())
			.implies(Role.READ.roleName())
			.build();
	}

	@Bean
	@ConditionalOnMissingBean
	ApiKeyAuthenticator looplineApiKeyAuthenticator(SecurityProperties properties) {
		return new ApiKeyAuthenticator(properties.apiKeys());
	}

	@Bean
	@ConditionalOnMissingBean(SecurityFilterChain.class)
	SecurityFilterChain looplineSecurityFilterChain(HttpSecurity http, SecurityProperties properties,
			ApiKeyAuthenticator authenticator, Problems problems, ObjectProvider<JwtDecoder> jwtDecoder,
			ObjectProvider<LooplineAuthorizationCustomizer> customizers) throws Exception {
		boolean jwt = jwtDecoder.getIfAvailable() != null;
		if (authenticator.isEmpty() && !jwt) {
			throw new IllegalStateException(NO_CREDENTIALS);
		}
		var entryPoint = new ProblemAuthenticationEntryPoint(problems, jwt);
		var accessDenied = new ProblemAccessDeniedHandler(problems);
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.exceptionHandling(
					(handling) -> handling.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
			.addFilterBefore(new ApiKeyAuthenticationFilter(authenticator, entryPoint),
					AnonymousAuthenticationFilter.class);
		if (jwt) {
			http.oauth2ResourceServer((server) -> server
				.jwt((decoder) -> decoder.jwtAuthenticationConverter(JwtRoles.converter(properties.jwt().rolesClaim())))
				.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDenied));
		}
		http.authorizeHttpRequests((rules) -> {
			rules.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
			rules.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
			if (!properties.openPaths().isEmpty()) {
				rules.requestMatchers(properties.openPaths().toArray(String[]::new)).permitAll();
			}
			customizers.orderedStream().forEach((customizer) -> customizer.customize(rules));
			Arrays.asList(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS)
				.forEach((method) -> rules.requestMatchers(method).hasRole(Role.READ.roleName()));
			rules.anyRequest().hasRole(Role.OPERATE.roleName());
		});
		return http.build();
	}

}
