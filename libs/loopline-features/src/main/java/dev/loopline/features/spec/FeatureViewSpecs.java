package dev.loopline.features.spec;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.loopline.features.FeaturesJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads, writes and validates feature view specs, in JSON or YAML. Reading validates: a
 * spec that cannot be bound (malformed document, unknown field, wrong type) or breaks a
 * rule raises a {@link SpecValidationException} listing every error with its path.
 */
public final class FeatureViewSpecs {

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private FeatureViewSpecs() {
	}

	/**
	 * Reads and validates a spec from JSON.
	 * @param json the JSON text
	 * @return the valid spec
	 * @throws SpecValidationException if the spec cannot be read or is invalid
	 */
	public static FeatureViewSpec fromJson(String json) {
		return read(FeaturesJson.mapper(), json);
	}

	/**
	 * Reads and validates a spec from YAML.
	 * @param yaml the YAML text
	 * @return the valid spec
	 * @throws SpecValidationException if the spec cannot be read or is invalid
	 */
	public static FeatureViewSpec fromYaml(String yaml) {
		return read(YAML, yaml);
	}

	/**
	 * Writes a spec as JSON.
	 * @param spec the spec
	 * @return the JSON text
	 */
	public static String toJson(FeatureViewSpec spec) {
		return FeaturesJson.write(spec);
	}

	/**
	 * Writes a spec as YAML.
	 * @param spec the spec
	 * @return the YAML text
	 */
	public static String toYaml(FeatureViewSpec spec) {
		return YAML.writeValueAsString(spec);
	}

	/**
	 * Checks a spec against every rule.
	 * @param spec the spec
	 * @return the errors, empty if the spec is valid
	 */
	public static List<SpecError> validate(FeatureViewSpec spec) {
		return SpecValidator.validate(spec);
	}

	/**
	 * Checks a spec and fails on the first invalid one.
	 * @param spec the spec
	 * @return the same spec
	 * @throws SpecValidationException listing every error
	 */
	public static FeatureViewSpec requireValid(FeatureViewSpec spec) {
		List<SpecError> errors = validate(spec);
		if (!errors.isEmpty()) {
			throw new SpecValidationException(errors);
		}
		return spec;
	}

	private static FeatureViewSpec read(ObjectMapper mapper, String text) {
		FeatureViewSpec spec;
		try {
			spec = mapper.readValue(text, FeatureViewSpec.class);
		}
		catch (JacksonException ex) {
			String path = FeaturesJson.path(ex);
			throw new SpecValidationException(List.of(new SpecError(path, ex.getOriginalMessage())));
		}
		if (spec == null) {
			throw new SpecValidationException(List.of(new SpecError("", "the document is empty")));
		}
		return requireValid(spec);
	}

}
