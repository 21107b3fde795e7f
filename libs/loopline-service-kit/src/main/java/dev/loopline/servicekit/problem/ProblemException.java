package dev.loopline.servicekit.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Base class of every typed client error a Loopline service raises. It carries what an
 * RFC 9457 problem needs: the HTTP status, a stable slug (the last segment of the problem
 * {@code type} URI), a short title, a specific detail (the exception message) and
 * extension properties such as ids.
 */
public abstract class ProblemException extends RuntimeException {

	private final HttpStatus status;

	private final String slug;

	private final String title;

	private final Map<String, Object> properties;

	protected ProblemException(HttpStatus status, String slug, String title, String detail, Map<String, ?> properties) {
		super(detail);
		this.status = status;
		this.slug = slug;
		this.title = title;
		this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
	}

	public HttpStatus getStatus() {
		return this.status;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDetail() {
		String message = getMessage();
		return (message != null) ? message : this.title;
	}

	public Map<String, Object> getProperties() {
		return this.properties;
	}

	/**
	 * Response headers that belong to this problem, such as {@code Retry-After}.
	 * @return the headers, empty by default
	 */
	public HttpHeaders getHeaders() {
		return HttpHeaders.EMPTY;
	}

}
