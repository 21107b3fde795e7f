package dev.loopline.servicekit.problem;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * The request conflicts with the current state of a resource, typically an illegal
 * lifecycle move (promoting a rejected version, editing a frozen contract): 409 with a
 * caller-chosen slug such as {@code illegal-promotion}.
 */
public class ConflictException extends ProblemException {

	public ConflictException(String slug, String title, String detail) {
		this(slug, title, detail, Map.of());
	}

	public ConflictException(String slug, String title, String detail, Map<String, ?> properties) {
		super(HttpStatus.CONFLICT, slug, title, detail, properties);
	}

}
