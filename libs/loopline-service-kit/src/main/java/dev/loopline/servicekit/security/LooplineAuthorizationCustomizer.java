package dev.loopline.servicekit.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Lets a service declare its own authorization rules. Every bean of this type is applied
 * (in {@code @Order}) after the open paths and before the kit's defaults
 * (GET/HEAD/OPTIONS need {@code read}, everything else {@code operate}), so the first
 * matching rule wins. Example:
 *
 * <pre class="code">
 * &#64;Bean
 * LooplineAuthorizationCustomizer ingestRules() {
 *     return (rules) -&gt; rules.requestMatchers(HttpMethod.POST, "/v1/datasets/**").hasRole("ingest");
 * }
 * </pre>
 */
@FunctionalInterface
public interface LooplineAuthorizationCustomizer {

	/**
	 * Adds rules to the registry.
	 * @param rules the authorization rules of the service's security filter chain
	 */
	void customize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);

}
