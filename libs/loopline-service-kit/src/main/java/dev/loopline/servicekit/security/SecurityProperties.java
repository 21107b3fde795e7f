package dev.loopline.servicekit.security;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Security settings ({@code loopline.security.*}). Keys come from the environment, e.g.
 * {@code LOOPLINE_SECURITY_APIKEYS_0_NAME}, {@code LOOPLINE_SECURITY_APIKEYS_0_KEY},
 * {@code LOOPLINE_SECURITY_APIKEYS_0_ROLES=read,operate}.
 *
 * @param apiKeys the accepted API keys
 * @param openPaths extra path patterns that need no authentication (health is always
 * open)
 * @param jwt settings of the optional JWT resource server
 */
@Validated
@ConfigurationProperties("loopline.security")
public record SecurityProperties(@DefaultValue @Valid List<ApiKey> apiKeys, @DefaultValue List<String> openPaths,
		@DefaultValue @Valid Jwt jwt) {

	/**
	 * One API key.
	 *
	 * @param name the principal name the key authenticates as (logged, never the key)
	 * @param key the secret value
	 * @param roles the roles granted
	 */
	public record ApiKey(@NotBlank String name, @NotBlank String key, @NotEmpty Set<Role> roles) {

		@Override
		public String toString() {
			return "ApiKey[name=" + this.name + ", roles=" + this.roles + "]";
		}

	}

	/**
	 * JWT settings, used when
	 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code jwk-set-uri}
	 * is set.
	 *
	 * @param rolesClaim the claim holding the role names
	 */
	public record Jwt(@DefaultValue("roles") @NotBlank String rolesClaim) {

	}

}
