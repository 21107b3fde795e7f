package dev.loopline.servicekit.problem;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * The request is well-formed but semantically wrong in a way bean validation cannot
 * express: 400 with a caller-chosen slug such as {@code unknown-feature}.
 */
public class BadRequestException extends ProblemException {

	public BadRequestException(String slug, String title, String detail) {
		this(slug, title, detail, Map.of());
	}

	public BadRequestException(String slug, String title, String detail, Map<String, ?> properties) {
		super(HttpStatus.BAD_REQUEST, slug, title, detail, properties);
	}

}
