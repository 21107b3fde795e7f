package dev.loopline.servicekit.problem;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A named resource does not exist: 404 with type {@code /problems/<kind>-not-found} and
 * the id as extension property {@code <kind>Id}. For example
 * {@code new NotFoundException("model",
 * "churn")} gives type {@code /problems/model-not-found}, title "Model not found" and
 * property {@code modelId: "churn"}; a kind of {@code model-version} gives the property
 * {@code modelVersionId}.
 */
public class NotFoundException extends ProblemException {

	public NotFoundException(String kind, Object id) {
		this(kind, id, "No " + kind.replace('-', ' ') + " '" + id + "' exists.");
	}

	public NotFoundException(String kind, Object id, String detail) {
		super(HttpStatus.NOT_FOUND, kind + "-not-found", capitalize(kind.replace('-', ' ')) + " not found", detail,
				Map.of(camelCase(kind) + "Id", String.valueOf(id)));
	}

	private static String capitalize(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String camelCase(String kind) {
		StringBuilder result = new StringBuilder();
		boolean upper = false;
		for (char c : kind.toCharArray()) {
			if (c == '-' || c == '_' || c == ' ') {
				upper = true;
			}
			else {
				result.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return result.toString();
	}

}
