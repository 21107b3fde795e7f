package dev.loopline.features;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON settings of the library's documents (specs, fitted pipelines, profiles) and
 * the format-version check they share: absent optional fields are omitted, unknown fields
 * are rejected (a typo in a spec must not pass silently), doubles are written in their
 * shortest exact form so a round trip is exact.
 */
public final class FeaturesJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private FeaturesJson() {
	}

	/**
	 * Returns the shared, immutable mapper.
	 * @return the JSON mapper
	 */
	public static JsonMapper mapper() {
		return MAPPER;
	}

	/**
	 * Writes a document as JSON text.
	 * @param document the document
	 * @return the JSON
	 */
	public static String write(Object document) {
		try {
			return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(
					"Cannot write " + document.getClass().getSimpleName() + " as JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * Reads a versioned document, rejecting a format version newer than supported.
	 * @param <T> the document type
	 * @param json the JSON text
	 * @param type the document type
	 * @param what the kind of document, for messages
	 * @param supportedVersion the newest format version this release reads
	 * @return the document
	 * @throws UnsupportedFormatVersionException if the document is newer than supported
	 * @throws FeatureFormatException if the JSON is malformed or not a valid document
	 */
	public static <T> T readVersioned(String json, Class<T> type, String what, int supportedVersion) {
		JsonNode tree;
		try {
			tree = MAPPER.readTree(json.getBytes(StandardCharsets.UTF_8));
		}
		catch (JacksonException ex) {
			throw new FeatureFormatException("Cannot read " + what + ": malformed JSON: " + ex.getOriginalMessage(),
					ex);
		}
		if (tree == null || !tree.isObject()) {
			throw new FeatureFormatException("Cannot read " + what + ": expected a JSON object");
		}
		JsonNode version = tree.get("formatVersion");
		if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
			throw new FeatureFormatException(
					"Cannot read " + what + ": 'formatVersion' is missing or not an integer >= 1");
		}
		if (version.intValue() > supportedVersion) {
			throw new UnsupportedFormatVersionException(what, version.intValue(), supportedVersion);
		}
		try {
			return MAPPER.treeToValue(tree, type);
		}
		catch (JacksonException ex) {
			throw new FeatureFormatException("Cannot read " + what + ": " + describe(ex), ex);
		}
	}

	/**
	 * Describes a Jackson failure by the path of the offending field.
	 * @param ex the failure
	 * @return a message such as {@code at 'features[2].name': ...}
	 */
	public static String describe(JacksonException ex) {
		String path = path(ex);
		Throwable cause = (ex.getCause() != null && ex.getCause() != ex) ? ex.getCause() : null;
		String message = (cause != null && cause.getMessage() != null) ? cause.getMessage() : ex.getOriginalMessage();
		return (path.isEmpty() ? "" : "at '" + path + "': ") + message;
	}

	/**
	 * Returns the path of the field a Jackson failure is about.
	 * @param ex the failure
	 * @return a path such as {@code features[2].name}, empty at the root
	 */
	public static String path(JacksonException ex) {
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

}
