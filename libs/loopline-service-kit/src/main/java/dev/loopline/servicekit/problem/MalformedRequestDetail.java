package dev.loopline.servicekit.problem;

import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Describes an unreadable request body for a human without naming Java types: where the
 * JSON is broken (line and column) or which field has a value of the wrong shape.
 */
final class MalformedRequestDetail {

	private MalformedRequestDetail() {
	}

	static String describe(HttpMessageNotReadableException ex) {
		if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
			return "The request body is missing.";
		}
		JacksonException jackson = LooplineExceptionHandler.findCause(ex, JacksonException.class);
		if (jackson == null) {
			return "The request body could not be read.";
		}
		String where = location(jackson.getLocation());
		if (jackson instanceof DatabindException) {
			String field = path(jackson);
			return field.isEmpty() ? "The request body does not have the expected structure" + where + "."
					: "The value of field '" + field + "' is not valid" + where + ".";
		}
		return "The request body is not valid JSON" + where + ".";
	}

	private static String location(@Nullable TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 0) {
			return "";
		}
		return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
	}

	private static String path(JacksonException ex) {
		return ex.getPath()
			.stream()
			.map((ref) -> (ref.getPropertyName() != null) ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
	}

}
