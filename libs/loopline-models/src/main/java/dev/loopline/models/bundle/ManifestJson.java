package dev.loopline.models.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.loopline.features.FeaturesJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes {@code manifest.json}. Unknown fields are ignored (a newer release of
 * the same format version may add some); the format version is checked first, so a newer
 * format is reported as such rather than as a parse error.
 */
final class ManifestJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private ManifestJson() {
	}

	static byte[] write(BundleManifest manifest) {
		return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
	}

	static BundleManifest read(byte[] json) {
		JsonNode tree;
		try {
			tree = MAPPER.readTree(json);
		}
		catch (JacksonException ex) {
			throw new BundleFormatException(
					"Model bundle entry 'manifest.json' is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
		JsonNode version = (tree != null) ? tree.get("formatVersion") : null;
		if (version == null || !version.isIntegralNumber() || version.intValue() < 1) {
			throw new BundleFormatException("Model bundle manifest has no valid 'formatVersion' (an integer >= 1)");
		}
		if (version.intValue() > ModelBundles.FORMAT_VERSION) {
			throw new BundleFormatException(
					"Model bundle format version " + version.intValue() + " is newer than the supported version "
							+ ModelBundles.FORMAT_VERSION + "; upgrade loopline-models");
		}
		try {
			return MAPPER.treeToValue(tree, BundleManifest.class);
		}
		catch (JacksonException ex) {
			throw new BundleFormatException("Model bundle manifest is invalid: " + FeaturesJson.describe(ex), ex);
		}
	}

}
