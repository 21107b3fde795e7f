package dev.loopline.servicekit.problem;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Builds problem details with the configured type URI base and writes them outside Spring
 * MVC (from servlet filters and security handlers), so that every error of a service
 * looks the same whichever layer produced it.
 */
public class Problems {

	private final String baseUri;

	private final JsonMapper jsonMapper;

	public Problems(ProblemProperties properties, JsonMapper jsonMapper) {
		String base = properties.baseUri();
		this.baseUri = base.endsWith("/") ? base : base + "/";
		this.jsonMapper = jsonMapper;
	}

	/**
	 * The type URI of a problem kind.
	 * @param slug the kind, e.g. {@code model-not-found}
	 * @return the base URI followed by the slug
	 */
	public URI type(String slug) {
		return URI.create(this.baseUri + slug);
	}

	/**
	 * Creates a problem.
	 * @param status the HTTP status
	 * @param slug the kind
	 * @param title the short, stable title
	 * @param detail the specific explanation of this occurrence
	 * @return the problem
	 */
	public ProblemDetail create(HttpStatusCode status, String slug, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type(slug));
		problem.setTitle(title);
		return problem;
	}

	/**
	 * Writes a problem as {@code application/problem+json}.
	 * @param request the request, used for the {@code instance} member
	 * @param response the response to write to
	 * @param problem the problem
	 * @throws IOException when the response cannot be written
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance",
				(problem.getInstance() != null) ? problem.getInstance().toString() : request.getRequestURI());
		if (problem.getProperties() != null) {
			problem.getProperties().forEach(body::putIfAbsent);
		}
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.jsonMapper.writeValue(response.getOutputStream(), body);
	}

}
