package dev.loopline.servicekit.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Stable problem types and titles for errors raised by Spring itself (unknown route,
 * wrong method, unsupported media type …), so that they never surface as
 * {@code about:blank} or with a framework-specific title.
 */
final class FrameworkProblemTypes {

	private FrameworkProblemTypes() {
	}

	static void apply(Problems problems, ProblemDetail problem, HttpStatusCode statusCode) {
		HttpStatus status = HttpStatus.resolve(statusCode.value());
		String slug = slug(status, statusCode);
		problem.setType(problems.type(slug));
		problem.setTitle((status != null) ? status.getReasonPhrase() : "Error");
		if (problem.getDetail() == null || statusCode.is5xxServerError()) {
			problem.setDetail(defaultDetail(statusCode));
		}
	}

	static String slug(HttpStatus status, HttpStatusCode statusCode) {
		if (status == null) {
			return statusCode.is4xxClientError() ? "bad-request" : "internal-error";
		}
		return switch (status) {
			case NOT_FOUND -> "not-found";
			case METHOD_NOT_ALLOWED -> "method-not-allowed";
			case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
			case NOT_ACCEPTABLE -> "not-acceptable";
			case CONTENT_TOO_LARGE -> "payload-too-large";
			case UNAUTHORIZED -> "unauthorized";
			case FORBIDDEN -> "forbidden";
			case BAD_REQUEST -> "bad-request";
			case SERVICE_UNAVAILABLE -> "service-unavailable";
			case INTERNAL_SERVER_ERROR -> "internal-error";
			default -> status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
		};
	}

	static String defaultDetail(HttpStatusCode statusCode) {
		if (statusCode.value() == 404) {
			return "No resource exists at this path.";
		}
		return statusCode.is5xxServerError() ? "The request could not be completed because of a server error."
				: "The request could not be processed.";
	}

}
