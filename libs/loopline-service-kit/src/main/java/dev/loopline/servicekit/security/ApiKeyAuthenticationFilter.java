package dev.loopline.servicekit.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates requests carrying an API key in {@code X-API-Key} or in
 * {@code Authorization: ApiKey <key>} (the form Prometheus sends with
 * {@code authorization: {type: ApiKey}}). A request without a key passes on
 * unauthenticated; a request with an unknown key is answered 401 at once.
 */
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	/** The API key header. */
	public static final String HEADER = "X-API-Key";

	private static final String SCHEME = "ApiKey ";

	private final ApiKeyAuthenticator authenticator;

	private final AuthenticationEntryPoint entryPoint;

	private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

	public ApiKeyAuthenticationFilter(ApiKeyAuthenticator authenticator, AuthenticationEntryPoint entryPoint) {
		this.authenticator = authenticator;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = presentedKey(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Authentication> authentication = this.authenticator.authenticate(key);
		if (authentication.isEmpty()) {
			this.contextHolder.clearContext();
			this.entryPoint.commence(request, response, new BadCredentialsException("Unknown API key"));
			return;
		}
		SecurityContext context = this.contextHolder.createEmptyContext();
		context.setAuthentication(authentication.get());
		this.contextHolder.setContext(context);
		chain.doFilter(request, response);
	}

	private static @Nullable String presentedKey(HttpServletRequest request) {
		String header = request.getHeader(HEADER);
		if (header != null && !header.isBlank()) {
			return header.trim();
		}
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			String value = authorization.substring(SCHEME.length()).trim();
			return value.isEmpty() ? null : value;
		}
		return null;
	}

}
