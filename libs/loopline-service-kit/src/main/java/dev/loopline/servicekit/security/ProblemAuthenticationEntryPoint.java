package dev.loopline.servicekit.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.loopline.servicekit.problem.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers unauthenticated requests with 401 problem details
 * ({@code /problems/unauthorized}) and a {@code WWW-Authenticate: ApiKey} challenge (plus
 * {@code Bearer} when JWTs are accepted).
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final Problems problems;

	private final boolean bearer;

	public ProblemAuthenticationEntryPoint(Problems problems, boolean bearer) {
		this.problems = problems;
		this.bearer = bearer;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "ApiKey");
		if (this.bearer) {
			response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		String detail = (authException instanceof InsufficientAuthenticationException)
				? "Authentication is required: send an API key in the X-API-Key header"
						+ (this.bearer ? " or a bearer token." : ".")
				: "The credentials sent with the request are not valid.";
		this.problems.write(request, response,
				this.problems.create(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail));
	}

}
