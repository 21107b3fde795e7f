package dev.loopline.servicekit.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.loopline.servicekit.problem.PayloadTooLargeException;
import dev.loopline.servicekit.problem.Problems;

import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects request bodies larger than {@code loopline.http.max-request-size} with 413
 * problem details: at once when the declared {@code Content-Length} is too large, and
 * while reading when a chunked body streams past the limit (the body stream then throws
 * {@link PayloadTooLargeException}, which the exception handler maps to 413).
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final Problems problems;

	public RequestSizeLimitFilter(long maxBytes, Problems problems) {
		this.maxBytes = maxBytes;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.maxBytes) {
			reject(request, response, tooLarge("The request body has " + declared + " bytes"));
			return;
		}
		try {
			chain.doFilter(new SizeLimitedRequest(request, this.maxBytes, () -> tooLarge("The request body is longer")),
					response);
		}
		catch (PayloadTooLargeException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			reject(request, response, ex);
		}
	}

	private PayloadTooLargeException tooLarge(String prefix) {
		return new PayloadTooLargeException(this.maxBytes,
				prefix + " than the limit of " + this.maxBytes + " bytes (loopline.http.max-request-size).");
	}

	private void reject(HttpServletRequest request, HttpServletResponse response, PayloadTooLargeException ex)
			throws IOException {
		ProblemDetail problem = this.problems.create(ex.getStatus(), ex.getSlug(), ex.getTitle(), ex.getDetail());
		ex.getProperties().forEach(problem::setProperty);
		response.resetBuffer();
		// the rest of the body is not read: ask the client to close the connection
		response.setHeader("Connection", "close");
		this.problems.write(request, response, problem);
	}

}
