package dev.loopline.featurestore.view;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.loopline.contracts.Topics;
import dev.loopline.features.spec.FeatureViewSpec;
import dev.loopline.features.spec.FeatureViewSpecs;
import dev.loopline.features.spec.SpecError;
import dev.loopline.features.spec.SpecValidationException;
import dev.loopline.servicekit.problem.BadRequestException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the body of a view registration, {@code {"ttl": "PT24H", "spec": {...}}}: the
 * spec is read and validated by loopline-features, its {@code version} is the one the
 * registry assigns, its {@code name} the one in the path (when given there). Every error,
 * of the spec and of the envelope, is reported at once as a 400
 * {@code invalid-feature-view} problem with {@code errors: [{path, message}]}.
 *
 * @param spec the valid spec
 * @param ttl the online TTL, or {@code null} for none
 */
record ViewDefinition(FeatureViewSpec spec, @Nullable Duration ttl) {

	private static final Set<String> FIELDS = Set.of("ttl", "spec");

	static ViewDefinition read(JsonNode body, @Nullable String pathName, int version) {
		List<SpecError> errors = new ArrayList<>();
		if (!body.isObject()) {
			throw invalid(List.of(new SpecError("", "expected a JSON object {\"ttl\"?: ..., \"spec\": {...}}")));
		}
		body.propertyNames()
			.stream()
			.filter((field) -> !FIELDS.contains(field))
			.forEach((field) -> errors.add(new SpecError(field, "unknown field (known: ttl, spec)")));
		Duration ttl = ttl(body.get("ttl"), errors);
		FeatureViewSpec spec = spec(body.get("spec"), pathName, version, errors);
		if (!errors.isEmpty() || spec == null) {
			throw invalid(errors);
		}
		return new ViewDefinition(spec, ttl);
	}

	private static @Nullable Duration ttl(@Nullable JsonNode node, List<SpecError> errors) {
		if (node == null || node.isNull()) {
			return null;
		}
		try {
			Duration ttl = Duration.parse(node.asString());
			if (ttl.isNegative() || ttl.isZero()) {
				errors.add(new SpecError("ttl", "must be positive, was " + node.asString()));
			}
			return ttl;
		}
		catch (DateTimeParseException ex) {
			errors.add(new SpecError("ttl", "'" + node.asString() + "' is not an ISO-8601 duration such as PT24H"));
			return null;
		}
	}

	private static @Nullable FeatureViewSpec spec(@Nullable JsonNode node, @Nullable String pathName, int version,
			List<SpecError> errors) {
		if (node == null || !node.isObject()) {
			errors.add(new SpecError("spec", "a feature view spec object is required"));
			return null;
		}
		ObjectNode spec = ((ObjectNode) node).deepCopy();
		if (pathName != null) {
			JsonNode name = spec.get("name");
			if (name != null && !name.isNull() && !pathName.equals(name.asString())) {
				errors.add(new SpecError("spec.name",
						"'" + name.asString() + "' differs from the path's '" + pathName + "'"));
			}
			spec.put("name", pathName);
		}
		spec.put("version", version);
		JsonNode dataset = spec.get("dataset");
		if (dataset != null && dataset.isString() && !Topics.isValidDatasetName(dataset.asString())) {
			errors.add(new SpecError("spec.dataset",
					"'" + dataset.asString() + "' does not match " + Topics.DATASET_NAME_PATTERN));
		}
		try {
			return FeatureViewSpecs.fromJson(spec.toString());
		}
		catch (SpecValidationException ex) {
			ex.getErrors()
				.forEach((error) -> errors
					.add(new SpecError(error.path().isEmpty() ? "spec" : "spec." + error.path(), error.message())));
			return null;
		}
	}

	private static BadRequestException invalid(List<SpecError> errors) {
		List<Map<String, String>> listed = errors.stream()
			.map((error) -> Map.of("path", error.path(), "message", error.message()))
			.toList();
		return new BadRequestException("invalid-feature-view", "Invalid feature view",
				errors.stream().map(SpecError::toString).collect(Collectors.joining("; ")), Map.of("errors", listed));
	}

}
