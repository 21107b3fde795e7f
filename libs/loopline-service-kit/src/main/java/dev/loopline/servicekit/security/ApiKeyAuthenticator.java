package dev.loopline.servicekit.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

/**
 * Checks presented API keys against the configured ones. Only SHA-256 digests are kept
 * and compared with {@link MessageDigest#isEqual}, so the comparison takes the same time
 * whatever the key and the secret values never sit in a map or a log.
 */
public class ApiKeyAuthenticator {

	private final List<Entry> entries;

	public ApiKeyAuthenticator(List<SecurityProperties.ApiKey> apiKeys) {
		this.entries = apiKeys.stream().map((key) -> new Entry(key.name(), digest(key.key()), key)).toList();
	}

	/**
	 * Whether any key is configured.
	 * @return {@code true} when no key is configured
	 */
	public boolean isEmpty() {
		return this.entries.isEmpty();
	}

	/**
	 * Authenticates a presented key.
	 * @param presented the key from the request
	 * @return the authentication (principal = key name, authorities = its roles) or empty
	 * when the key is unknown
	 */
	public Optional<Authentication> authenticate(String presented) {
		byte[] digest = digest(presented);
		Entry match = null;
		for (Entry entry : this.entries) {
			if (MessageDigest.isEqual(entry.digest(), digest) && match == null) {
				match = entry;
			}
		}
		if (match == null) {
			return Optional.empty();
		}
		var authorities = match.apiKey().roles().stream().map(Role::authority).toList();
		return Optional.of(new PreAuthenticatedAuthenticationToken(match.name(), "N/A", authorities));
	}

	private static byte[] digest(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private record Entry(String name, byte[] digest, SecurityProperties.ApiKey apiKey) {

	}

}
