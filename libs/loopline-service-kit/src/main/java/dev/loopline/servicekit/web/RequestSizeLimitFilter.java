package dev.loopline.servicekit.web;

import java.io.IOException;
import java.util.List;
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
 * uploads (content type {@code text/csv} or {@code multipart/*}, or the types listed in
 * {@code loopline.http.upload-content-types}) are streamed by the services that accept
 * them, so they get the larger {@code loopline.http.max-upload-size} instead.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

	private static final List<String> DEFAULT_UPLOAD_TYPES = List.of("text/csv", "multipart/");

	private final long maxBytes;

	private final long maxUploadBytes;

	private final Problems problems;

	private final List<String> uploadContentTypes;

	public RequestSizeLimitFilter(long maxBytes, Problems problems) {
		this(maxBytes, maxBytes, problems);
	}

	public RequestSizeLimitFilter(long maxBytes, long maxUploadBytes, Problems problems) {
		this(maxBytes, maxUploadBytes, problems, DEFAULT_UPLOAD_TYPES);
	}

	public RequestSizeLimitFilter(long maxBytes, long maxUploadBytes, Problems problems,
			List<String> uploadContentTypes) {
		this.maxBytes = maxBytes;
		this.maxUploadBytes = maxUploadBytes;
		this.problems = problems;
		this.uploadContentTypes = uploadContentTypes.stream()
			.map((type) -> type.strip().toLowerCase(Locale.ROOT))
			.toList();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean upload = isUpload(request.getContentType(), this.uploadContentTypes);
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
		return isUpload(contentType, DEFAULT_UPLOAD_TYPES);
	}

	private static boolean isUpload(@Nullable String contentType, List<String> uploadTypes) {
		if (contentType == null) {
			return false;
		}
		String type = contentType.strip().toLowerCase(Locale.ROOT);
		return uploadTypes.stream().anyMatch(type::startsWith);
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
