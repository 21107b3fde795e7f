package dev.loopline.training.spec;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.loopline.contracts.PromotionPolicy;
import org.jspecify.annotations.Nullable;

/**
 * What to train for a model: the JSON body of {@code PUT /v1/model-specs/{name}} and,
 * once validated and completed with its defaults ({@link #withDefaults()}), what each
 * version stores. Every field may be missing in a request; {@link SpecValidator} says
 * which must not.
 *
 * @param task classification, regression or anomaly
 * @param dataset the dataset the feature view reads
 * @param featureView the feature view (name, optional version: latest when missing)
 * @param label the field predicted
 * @param algorithm an algorithm of the task (see the models library's catalogue)
 * @param hyperparameters the algorithm's hyperparameters (its defaults for missing ones)
 * @param window which rows to train on: the last N, a time range, or all
 * @param holdout how the hold-out set is split off
 * @param metrics the metrics reported (all of the task's when missing)
 * @param fairness the sensitive field and the metric compared across its groups
 * @param promotion the promotion policy handed to the registry
 * @param triggers schedule, new-data threshold and cooldown of automatic triggers
 * @param description free text
 */
public record ModelSpec(@Nullable String task, @Nullable String dataset, @Nullable FeatureViewRef featureView,
		@Nullable String label, @Nullable String algorithm, @Nullable Map<String, Object> hyperparameters,
		@Nullable Window window, @Nullable Holdout holdout, @Nullable List<String> metrics, @Nullable Fairness fairness,
		@Nullable Promotion promotion, @Nullable Triggers triggers, @Nullable String description) {

	/** Hold-out share when none is given. */
	public static final double DEFAULT_FRACTION = 0.2;

	/** Split seed when none is given. */
	public static final long DEFAULT_SEED = 42;

	/** Cooldown of automatic triggers when none is given. */
	public static final Duration DEFAULT_COOLDOWN = Duration.ofMinutes(10);

	/**
	 * Completes a valid spec with its defaults, so a stored version says everything a run
	 * used.
	 * @return the completed spec
	 */
	public ModelSpec withDefaults() {
		Holdout split = (this.holdout != null) ? this.holdout : new Holdout(null, null, null);
		Triggers auto = (this.triggers != null) ? this.triggers : new Triggers(null, null, null);
		List<String> reported = (this.metrics != null && !this.metrics.isEmpty()) ? this.metrics
				: TaskMetrics.of(this.task);
		return new ModelSpec(this.task, this.dataset, this.featureView, this.label, this.algorithm,
				(this.hyperparameters != null) ? this.hyperparameters : Map.of(), this.window,
				new Holdout((split.fraction() != null) ? split.fraction() : DEFAULT_FRACTION,
						(split.strategy() != null) ? split.strategy() : Holdout.RANDOM,
						(split.seed() != null) ? split.seed() : DEFAULT_SEED),
				reported, this.fairness, this.promotion, new Triggers(auto.schedule(), auto.newDataThreshold(),
						(auto.cooldown() != null) ? auto.cooldown() : DEFAULT_COOLDOWN),
				this.description);
	}

	/**
	 * The feature view a spec reads.
	 *
	 * @param name view name
	 * @param version view version, or {@code null} for the latest when the run starts
	 */
	public record FeatureViewRef(@Nullable String name, @Nullable Integer version) {
	}

	/**
	 * The training window: the {@code last} N rows by event time, or the event-time range
	 * {@code [from, to)}, or all rows when empty.
	 *
	 * @param last most recent rows
	 * @param from inclusive lower bound
	 * @param to exclusive upper bound
	 */
	public record Window(@Nullable Long last, @Nullable Instant from, @Nullable Instant to) {
	}

	/**
	 * The hold-out split.
	 *
	 * @param fraction share of the rows held out, in (0, 1)
	 * @param strategy {@code random} (seeded shuffle) or {@code time} (the latest rows)
	 * @param seed seed of the shuffle and of the trainer
	 */
	public record Holdout(@Nullable Double fraction, @Nullable String strategy, @Nullable Long seed) {

		/** Seeded random split. */
		public static final String RANDOM = "random";

		/** The latest rows by event time are held out. */
		public static final String TIME = "time";

	}

	/**
	 * The fairness check.
	 *
	 * @param field the sensitive field (a source field of the view)
	 * @param metric the metric compared between its groups
	 */
	public record Fairness(@Nullable String field, @Nullable String metric) {
	}

	/**
	 * The promotion policy, as {@link PromotionPolicy} without its required-ness.
	 *
	 * @param metric compared metric
	 * @param maxDegradation allowed loss against the champion (default 0)
	 * @param minimum worst acceptable value
	 * @param maxFairnessGap largest acceptable fairness gap
	 * @param manualApproval whether a passing version waits for a person
	 */
	public record Promotion(@Nullable String metric, @Nullable Double maxDegradation, @Nullable Double minimum,
			@Nullable Double maxFairnessGap, @Nullable Boolean manualApproval) {

		/**
		 * The contract's policy of a valid promotion.
		 * @return the policy
		 */
		public PromotionPolicy toPolicy() {
			return new PromotionPolicy(String.valueOf(this.metric),
					(this.maxDegradation != null) ? this.maxDegradation : 0, this.minimum, this.maxFairnessGap,
					Boolean.TRUE.equals(this.manualApproval));
		}

	}

	/**
	 * Automatic triggers.
	 *
	 * @param schedule Spring cron expression (six fields), or {@code null}
	 * @param newDataThreshold records added since the last run that trigger a run, or
	 * {@code null}
	 * @param cooldown least time between the start of a run and an automatic trigger
	 */
	public record Triggers(@Nullable String schedule, @Nullable Long newDataThreshold, @Nullable Duration cooldown) {
	}

}
