package dev.loopline.servicekit.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.loopline.servicekit.problem.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers authenticated requests that lack the required role with 403 problem details
 * ({@code /problems/forbidden}).
 */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	private final Problems problems;

	public ProblemAccessDeniedHandler(Problems problems) {
		this.problems = problems;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		String detail = "The caller's roles do not allow " + request.getMethod() + " on this path.";
		this.problems.write(request, response,
				this.problems.create(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail));
	}

}
