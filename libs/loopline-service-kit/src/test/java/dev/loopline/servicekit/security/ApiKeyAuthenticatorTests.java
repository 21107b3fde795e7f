package dev.loopline.servicekit.security;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching of presented API keys.
 */
class ApiKeyAuthenticatorTests {

	private final ApiKeyAuthenticator authenticator = new ApiKeyAuthenticator(
			List.of(new SecurityProperties.ApiKey("loader", "k1", Set.of(Role.INGEST)),
					new SecurityProperties.ApiKey("ops", "k2", Set.of(Role.OPERATE, Role.PREDICT))));

	@Test
	void authenticatesAsTheKeyNameWithItsRoles() {
		Authentication authentication = this.authenticator.authenticate("k2").orElseThrow();
		assertThat(authentication.getName()).isEqualTo("ops");
		assertThat(authentication.isAuthenticated()).isTrue();
		assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_operate", "ROLE_predict");
	}

	@Test
	void rejectsUnknownKeys() {
		assertThat(this.authenticator.authenticate("k3")).isEmpty();
		assertThat(this.authenticator.authenticate("")).isEmpty();
	}

	@Test
	void neverShowsTheKeyInToString() {
		assertThat(new SecurityProperties.ApiKey("ops", "top-secret", Set.of(Role.READ)).toString())
			.doesNotContain("top-secret");
	}

}
