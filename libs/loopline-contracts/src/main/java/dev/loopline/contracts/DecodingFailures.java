package dev.loopline.contracts;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns Jackson failures into messages about the event's fields rather than Jackson's
 * internals.
 */
final class DecodingFailures {

	private DecodingFailures() {
	}

	static String describe(JacksonException ex) {
		String path = path(ex);
		String where = path.isEmpty() ? "" : " '" + path + "'";
		if (ex instanceof ValueInstantiationException) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			return "invalid value" + (path.isEmpty() ? "" : " in '" + path + "'") + ": " + cause.getMessage();
		}
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
			return "field" + where + " has value '" + invalid.getValue() + "', which is not a valid "
					+ typeName(invalid.getTargetType());
		}
		if (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
			return "field" + where + " must be " + withArticle(typeName(mismatched.getTargetType()));
		}
		return (path.isEmpty() ? "" : "at '" + path + "': ") + ex.getOriginalMessage();
	}

	static String location(JacksonException ex) {
		TokenStreamLocation location = ex.getLocation();
		if (location == null || location.getLineNr() < 0) {
			return "";
		}
		return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String typeName(Class<?> type) {
		if (type.isEnum()) {
			return "value, one of " + Arrays.toString(type.getEnumConstants());
		}
		if (type == UUID.class) {
			return "UUID";
		}
		if (type == Instant.class) {
			return "ISO-8601 instant (e.g. 2026-01-31T12:00:00Z)";
		}
		if (type == String.class) {
			return "string";
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return "integer";
		}
		if (type == double.class || type == Double.class) {
			return "number";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "boolean";
		}
		if (Collection.class.isAssignableFrom(type)) {
			return "JSON array";
		}
		if (Map.class.isAssignableFrom(type) || type.isRecord()) {
			return "JSON object";
		}
		return type.getSimpleName();
	}

	private static String withArticle(String typeName) {
		return ("aeiouAEIOU".indexOf(typeName.charAt(0)) >= 0 && !typeName.startsWith("UUID") ? "an " : "a ")
				+ typeName;
	}

}
