package dev.loopline.training.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.loopline.models.algorithm.Algorithms;
import dev.loopline.models.algorithm.InvalidHyperparametersException;
import dev.loopline.models.Task;
import dev.loopline.training.spec.ModelSpec.Holdout;
import dev.loopline.training.spec.ModelSpec.Promotion;
import dev.loopline.training.spec.ModelSpec.Triggers;
import dev.loopline.training.spec.ModelSpec.Window;
import org.jspecify.annotations.Nullable;

import org.springframework.scheduling.support.CronExpression;

/**
 * Checks a model spec against every rule and lists every error with its JSON path, so a
 * client fixes its spec in one round trip.
 */
public final class SpecValidator {

	// within the registry's rule for model names (128 characters), so every trained model
	// can be registered
	private static final String NAME_PATTERN = "[a-z0-9][a-z0-9._-]{0,127}";

	private SpecValidator() {
	}

	/**
	 * Validates a spec.
	 * @param name the model name (from the path)
	 * @param spec the spec as sent
	 * @return the errors, empty when the spec is valid
	 */
	public static List<FieldError> validate(String name, ModelSpec spec) {
		List<FieldError> errors = new ArrayList<>();
		if (!name.matches(NAME_PATTERN)) {
			errors.add(new FieldError("name", "must match " + NAME_PATTERN));
		}
		Task task = task(spec.task(), errors);
		required(spec.dataset(), "dataset", errors);
		required(spec.label(), "label", errors);
		if (spec.featureView() == null || blank(spec.featureView().name())) {
			errors.add(new FieldError("featureView.name", "is required"));
		}
		else if (spec.featureView().version() != null && spec.featureView().version() < 1) {
			errors.add(new FieldError("featureView.version", "must be >= 1"));
		}
		algorithm(task, spec.algorithm(), spec.hyperparameters(), errors);
		window(spec.window(), errors);
		holdout(spec.holdout(), errors);
		List<String> taskMetrics = TaskMetrics.of(spec.task());
		List<String> reported = (spec.metrics() != null && !spec.metrics().isEmpty())
				? spec.metrics().stream().filter(taskMetrics::contains).toList() : taskMetrics;
		if (task != null && spec.metrics() != null) {
			for (int i = 0; i < spec.metrics().size(); i++) {
				metric(spec.metrics().get(i), taskMetrics, "metrics[" + i + "]", errors);
			}
		}
		if (spec.fairness() != null) {
			required(spec.fairness().field(), "fairness.field", errors);
			metricOf(task, spec.fairness().metric(), taskMetrics, "fairness.metric", errors);
		}
		promotion(task, spec.promotion(), reported, spec.fairness() != null, errors);
		triggers(spec.triggers(), errors);
		return errors;
	}

	private static @Nullable Task task(@Nullable String value, List<FieldError> errors) {
		if (blank(value)) {
			errors.add(new FieldError("task", "is required (classification, regression or anomaly)"));
			return null;
		}
		try {
			return Task.of(value);
		}
		catch (IllegalArgumentException ex) {
			errors.add(new FieldError("task", "must be classification, regression or anomaly, was '" + value + "'"));
			return null;
		}
	}

	private static void algorithm(@Nullable Task task, @Nullable String algorithm,
			@Nullable Map<String, Object> hyperparameters, List<FieldError> errors) {
		if (blank(algorithm)) {
			errors.add(new FieldError("algorithm", "is required"));
			return;
		}
		if (task == null) {
			return;
		}
		if (!Algorithms.names(task).contains(algorithm)) {
			errors.add(new FieldError("algorithm",
					"'" + algorithm + "' is not an algorithm of task " + task.id() + ": " + Algorithms.names(task)));
			return;
		}
		try {
			Algorithms.validate(task, algorithm, (hyperparameters != null) ? hyperparameters : Map.of());
		}
		catch (InvalidHyperparametersException ex) {
			for (String message : ex.getErrors()) {
				errors.add(new FieldError("hyperparameters", message));
			}
		}
	}

	private static void window(@Nullable Window window, List<FieldError> errors) {
		if (window == null) {
			return;
		}
		if (window.last() != null && (window.from() != null || window.to() != null)) {
			errors.add(new FieldError("window", "give either last or from/to, not both"));
		}
		if (window.last() != null && window.last() < 1) {
			errors.add(new FieldError("window.last", "must be >= 1"));
		}
		if (window.from() != null && window.to() != null && !window.from().isBefore(window.to())) {
			errors.add(new FieldError("window.to", "must be after window.from"));
		}
	}

	private static void holdout(@Nullable Holdout holdout, List<FieldError> errors) {
		if (holdout == null) {
			return;
		}
		if (holdout.fraction() != null && !(holdout.fraction() > 0 && holdout.fraction() < 1)) {
			errors.add(new FieldError("holdout.fraction", "must be in (0, 1), was " + holdout.fraction()));
		}
		if (holdout.strategy() != null && !List.of(Holdout.RANDOM, Holdout.TIME).contains(holdout.strategy())) {
			errors.add(new FieldError("holdout.strategy", "must be random or time, was '" + holdout.strategy() + "'"));
		}
	}

	private static void promotion(@Nullable Task task, @Nullable Promotion promotion, List<String> reported,
			boolean fairness, List<FieldError> errors) {
		if (promotion == null) {
			return;
		}
		metricOf(task, promotion.metric(), reported, "promotion.metric", errors);
		if (promotion.maxDegradation() != null
				&& !(promotion.maxDegradation() >= 0 && Double.isFinite(promotion.maxDegradation()))) {
			errors.add(new FieldError("promotion.maxDegradation", "must be a finite number >= 0"));
		}
		if (promotion.maxFairnessGap() != null) {
			if (!(promotion.maxFairnessGap() >= 0 && Double.isFinite(promotion.maxFairnessGap()))) {
				errors.add(new FieldError("promotion.maxFairnessGap", "must be a finite number >= 0"));
			}
			if (!fairness) {
				errors.add(new FieldError("promotion.maxFairnessGap", "needs a fairness section"));
			}
		}
	}

	private static void triggers(@Nullable Triggers triggers, List<FieldError> errors) {
		if (triggers == null) {
			return;
		}
		if (triggers.schedule() != null && !CronExpression.isValidExpression(triggers.schedule())) {
			errors.add(new FieldError("triggers.schedule",
					"is not a valid cron expression (six fields: second minute hour day month weekday)"));
		}
		if (triggers.newDataThreshold() != null && triggers.newDataThreshold() < 1) {
			errors.add(new FieldError("triggers.newDataThreshold", "must be >= 1"));
		}
		if (triggers.cooldown() != null && triggers.cooldown().isNegative()) {
			errors.add(new FieldError("triggers.cooldown", "must not be negative"));
		}
	}

	private static void metricOf(@Nullable Task task, @Nullable String metric, List<String> allowed, String path,
			List<FieldError> errors) {
		if (blank(metric)) {
			errors.add(new FieldError(path, "is required"));
		}
		else if (task != null) {
			metric(metric, allowed, path, errors);
		}
	}

	private static void metric(String metric, List<String> allowed, String path, List<FieldError> errors) {
		if (!allowed.contains(metric)) {
			errors.add(new FieldError(path, "'" + metric + "' is not one of " + allowed));
		}
	}

	private static void required(@Nullable String value, String path, List<FieldError> errors) {
		if (blank(value)) {
			errors.add(new FieldError(path, "is required"));
		}
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
