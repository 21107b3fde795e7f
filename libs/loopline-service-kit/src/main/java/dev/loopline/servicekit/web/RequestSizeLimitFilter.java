package dev.loopline.servicekit.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.loopline.servicekit.problem.PayloadTooLargeException;
import dev.loopline.servicekit.problem.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects request bodies larger than {@code loopline.http.max-request-size} with 413
 * problem details: at once when the declared {@code Content-Length} is too large, and
 * while reading when a chunked body streams past the limit (the body stream then throws
 * {@link PayloadTooLargeException}, which the exception handler maps to 413). File
 * uploads (content type {@code text/csv} or {@code multipart/*}) are streamed by the
 * services that accept them, so they get the larger {@code loopline.http.max-upload-size}
 * instead.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final long maxUploadBytes;

	private final Problems problems;

	public RequestSizeLimitFilter(long maxBytes, Problems problems) {
		this(maxBytes, maxBytes, problems);
	}

	public RequestSizeLimitFilter(long maxBytes, long maxUploadBytes, Problems problems) {
		this.maxBytes = maxBytes;
		this.maxUploadBytes = maxUploadBytes;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean upload = isUpload(request.getContentType());
		long limit = upload ? this.maxUploadBytes : this.maxBytes;
		String property = upload ? "loopline.http.max-upload-size" : "loopline.http.max-request-size";
		long declared = request.getContentLengthLong();
		if (declared > limit) {
			reject(request, response, tooLarge(limit, property, "The request body has " + declared + " bytes"));
			return;
		}
		try {
			chain.doFilter(new SizeLimitedRequest(request, limit,
					() -> tooLarge(limit, property, "The request body is longer")), response);
		}
		catch (PayloadTooLargeException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			reject(request, response, ex);
		}
	}

	/**
	 * Whether a content type names a file upload, which gets the upload limit.
	 * @param contentType the request's content type, or {@code null}
	 * @return {@code true} for {@code text/csv} and {@code multipart/*}
	 */
	static boolean isUpload(@Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		String type = contentType.strip().toLowerCase(Locale.ROOT);
		return type.startsWith("text/csv") || type.startsWith("multipart/");
	}

	private static PayloadTooLargeException tooLarge(long limit, String property, String prefix) {
		return new PayloadTooLargeException(limit,
				prefix + " than the limit of " + limit + " bytes (" + property + ").");
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
