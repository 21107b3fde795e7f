package dev.loopline.features.spec;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Collects every error of a spec with its path.
 */
final class SpecValidator {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.:\\-]+");

	private final List<SpecError> errors = new ArrayList<>();

	static List<SpecError> validate(FeatureViewSpec spec) {
		SpecValidator validator = new SpecValidator();
		validator.view(spec);
		return List.copyOf(validator.errors);
	}

	private void view(FeatureViewSpec spec) {
		name("name", spec.name());
		if (spec.version() < 1) {
			error("version", "must be >= 1, was " + spec.version());
		}
		text("dataset", spec.dataset());
		text("entityKey", spec.entityKey());
		if (spec.eventTimeField() != null && spec.eventTimeField().isBlank()) {
			error("eventTimeField", "must not be blank when present");
		}
		if (spec.features().isEmpty()) {
			error("features", "must list at least one feature");
		}
		Set<String> names = new HashSet<>();
		for (int i = 0; i < spec.features().size(); i++) {
			String path = "features[" + i + "]";
			FeatureSpec feature = spec.features().get(i);
			if (feature == null) {
				error(path, "must not be null");
				continue;
			}
			if (name(path + ".name", feature.name()) && !names.add(feature.name())) {
				error(path + ".name", "duplicate feature name '" + feature.name() + "'");
			}
			feature(path, feature, spec);
		}
	}

	private void feature(String path, FeatureSpec feature, FeatureViewSpec spec) {
		if (feature.source() == null && feature.aggregate() == null) {
			error(path, "needs a 'source' field or an 'aggregate'");
		}
		else if (feature.source() != null && feature.aggregate() != null) {
			error(path, "has both 'source' and 'aggregate'; a feature reads one of them");
		}
		else if (feature.source() != null) {
			text(path + ".source", feature.source());
		}
		else {
			aggregate(path + ".aggregate", feature.aggregate());
			if (spec.eventTimeField() == null) {
				error(path + ".aggregate", "needs the view's 'eventTimeField'");
			}
		}
		for (int j = 0; j < feature.transforms().size(); j++) {
			transform(path + ".transforms[" + j + "]", feature.transforms().get(j), j, feature.transforms().size());
		}
	}

	private void aggregate(String path, AggregateSpec aggregate) {
		AggregateFunction function = (aggregate.function() != null)
				? AggregateFunction.of(aggregate.function()).orElse(null) : null;
		if (function == null) {
			error(path + ".function", "unknown aggregate function '" + aggregate.function() + "' (known: "
					+ AggregateFunction.ids() + ")");
		}
		if (aggregate.source() == null && function != AggregateFunction.COUNT) {
			error(path + ".source", "is required for '" + aggregate.function() + "'");
		}
		else if (aggregate.source() != null) {
			text(path + ".source", aggregate.source());
		}
		window(path + ".window", aggregate.window());
	}

	private void window(String path, @Nullable String window) {
		if (window == null) {
			error(path, "is required (an ISO-8601 duration such as PT1H or P7D)");
			return;
		}
		try {
			Duration duration = Duration.parse(window);
			if (duration.isNegative() || duration.isZero()) {
				error(path, "must be positive, was " + window);
			}
		}
		catch (DateTimeParseException ex) {
			error(path, "'" + window + "' is not an ISO-8601 duration such as PT1H or P7D");
		}
	}

	private void transform(String path, @Nullable TransformSpec transform, int index, int count) {
		if (transform == null) {
			error(path, "must not be null");
			return;
		}
		TransformType type = (transform.type() != null) ? TransformType.of(transform.type()).orElse(null) : null;
		if (type == null) {
			error(path + ".type", "unknown transform '" + transform.type() + "' (known: " + TransformType.ids() + ")");
			return;
		}
		for (String parameter : transform.parameters().keySet()) {
			if (!type.parameters().contains(parameter)) {
				error(path + "." + parameter, "does not apply to '" + type.id() + "'");
			}
		}
		if (type.expands() && index != count - 1) {
			error(path + ".type", "'" + type.id() + "' expands into several slots and must be the last transform");
		}
		if (type == TransformType.DATE_PART && index != 0) {
			error(path + ".type", "'date-part' reads a raw date-time and must be the first transform");
		}
		parameters(path, type, transform);
	}

	private void parameters(String path, TransformType type, TransformSpec transform) {
		switch (type) {
			case CLIP -> clip(path, transform);
			case BUCKETIZE -> boundaries(path + ".boundaries", transform.boundaries());
			case ONE_HOT -> {
				if (transform.maxCategories() != null && transform.maxCategories() < 1) {
					error(path + ".maxCategories", "must be >= 1, was " + transform.maxCategories());
				}
			}
			case HASH -> {
				if (transform.buckets() == null) {
					error(path + ".buckets", "is required for 'hash'");
				}
				else if (transform.buckets() < 1 || transform.buckets() > 1 << 20) {
					error(path + ".buckets", "must be between 1 and " + (1 << 20) + ", was " + transform.buckets());
				}
			}
			case IMPUTE -> impute(path, transform);
			case DATE_PART -> datePart(path, transform);
			default -> {
			}
		}
	}

	private void clip(String path, TransformSpec transform) {
		if (transform.min() == null && transform.max() == null) {
			error(path, "'clip' needs 'min', 'max' or both");
		}
		else if (transform.min() != null && transform.max() != null && transform.min() > transform.max()) {
			error(path + ".min", "must not exceed max (" + transform.min() + " > " + transform.max() + ")");
		}
	}

	private void boundaries(String path, @Nullable List<Double> boundaries) {
		if (boundaries == null || boundaries.isEmpty()) {
			error(path, "needs at least one boundary");
			return;
		}
		for (int i = 0; i < boundaries.size(); i++) {
			Double boundary = boundaries.get(i);
			if (boundary == null || !Double.isFinite(boundary)) {
				error(path + "[" + i + "]", "must be a finite number");
				return;
			}
			if (i > 0 && boundary <= boundaries.get(i - 1)) {
				error(path + "[" + i + "]", "boundaries must be strictly increasing");
				return;
			}
		}
	}

	private void impute(String path, TransformSpec transform) {
		ImputeStrategy strategy = (transform.strategy() != null) ? ImputeStrategy.of(transform.strategy()).orElse(null)
				: null;
		if (strategy == null) {
			error(path + ".strategy",
					"unknown impute strategy '" + transform.strategy() + "' (known: " + ImputeStrategy.ids() + ")");
		}
		else if (strategy == ImputeStrategy.CONSTANT && !(transform.value() instanceof Number
				|| (transform.value() instanceof String text && !text.isBlank()))) {
			error(path + ".value", "'constant' needs a number or a non-blank string");
		}
		else if (strategy != ImputeStrategy.CONSTANT && transform.value() != null) {
			error(path + ".value", "applies only to the 'constant' strategy");
		}
	}

	private void datePart(String path, TransformSpec transform) {
		if (transform.part() == null || DatePart.of(transform.part()).isEmpty()) {
			error(path + ".part", "unknown date part '" + transform.part() + "' (known: " + DatePart.ids() + ")");
		}
		if (transform.zone() != null) {
			try {
				ZoneId.of(transform.zone());
			}
			catch (RuntimeException ex) {
				error(path + ".zone", "'" + transform.zone() + "' is not a time zone id");
			}
		}
	}

	private boolean name(String path, @Nullable String name) {
		if (!text(path, name)) {
			return false;
		}
		if (!NAME.matcher(name).matches()) {
			error(path, "'" + name + "' may hold only letters, digits and _ . : -");
			return false;
		}
		return true;
	}

	private boolean text(String path, @Nullable String value) {
		if (value == null || value.isBlank()) {
			error(path, "is required");
			return false;
		}
		return true;
	}

	private void error(String path, String message) {
		this.errors.add(new SpecError(path, message));
	}

}
