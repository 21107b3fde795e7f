package dev.loopline.monitoring.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.loopline.contracts.FeatureDrift;
import dev.loopline.features.Values;
import dev.loopline.features.profile.CategoryCount;
import dev.loopline.features.profile.FeatureProfile;
import dev.loopline.features.profile.FeatureProfiler;
import dev.loopline.features.profile.FeatureStats;
import dev.loopline.features.profile.ProfileOptions;
import dev.loopline.monitoring.config.MonitoringProperties.FeatureOverride;
import dev.loopline.monitoring.statistics.Distances;
import dev.loopline.monitoring.statistics.Statistic;
import dev.loopline.monitoring.statistics.Tests;

/**
 * Compares a window of rows with a reference profile, feature by feature, with
 * Evidently's defaults: a reference of at most 1000 rows is tested (KS for numeric,
 * chi-square for categorical features, drift at p &lt; 0.05), a larger one measured
 * (normed Wasserstein for numeric, Jensen–Shannon for categorical, drift at ≥ 0.1).
 * Numeric samples are the reference's reservoir sample (all values up to 1000 rows);
 * binned statistics use the reference's histogram and top categories (plus "other"). An
 * override naming a statistic that needs numbers is ignored for a categorical feature; a
 * feature with nothing to compare (no values, a single bin) is left out. Pure;
 * thread-safe.
 */
public final class DriftCalculator {

	/** Reference rows up to which the tests are the default. */
	static final long SMALL_REFERENCE = 1000;

	private final FeatureProfiler profiler = new FeatureProfiler(ProfileOptions.defaults());

	/**
	 * Judges a window.
	 * @param reference the reference profile
	 * @param rows the window's rows
	 * @param overrides per-feature statistic and threshold
	 * @param driftShare share of drifted features from which the dataset drifts
	 * @return the result
	 */
	public DriftResult compare(FeatureProfile reference, List<? extends Map<String, ?>> rows,
			Map<String, FeatureOverride> overrides, double driftShare) {
		FeatureProfile current = this.profiler.profileOn(reference, rows);
		List<FeatureDrift> features = new ArrayList<>();
		for (FeatureStats base : reference.features()) {
			FeatureStats now = current.feature(base.name()).orElseThrow();
			if (base.count() == 0 || now.count() == 0) {
				continue;
			}
			FeatureOverride override = overrides.get(base.name());
			Statistic statistic = statistic(reference.rowCount(), base, override);
			double threshold = (override != null && override.threshold() != null) ? override.threshold()
					: statistic.defaultThreshold();
			try {
				features.add(measure(base, now, rows, statistic, threshold));
			}
			catch (RuntimeException ex) {
				// degenerate input (a single bin, no finite value): nothing to compare on
			}
		}
		long drifted = features.stream().filter(FeatureDrift::drifted).count();
		double share = features.isEmpty() ? 0 : (double) drifted / features.size();
		return new DriftResult(features, share, !features.isEmpty() && share >= driftShare);
	}

	static Statistic statistic(long referenceRows, FeatureStats base, FeatureOverride override) {
		boolean numeric = base instanceof FeatureStats.Numeric;
		Statistic chosen = (override != null && override.statistic() != null)
				? Statistic.of(override.statistic()).orElse(null) : null;
		if (chosen != null && (numeric || !chosen.numericOnly())) {
			return chosen;
		}
		if (referenceRows <= SMALL_REFERENCE) {
			return numeric ? Statistic.KS : Statistic.CHISQUARE;
		}
		return numeric ? Statistic.WASSERSTEIN : Statistic.JENSENSHANNON;
	}

	private FeatureDrift measure(FeatureStats base, FeatureStats now, List<? extends Map<String, ?>> rows,
			Statistic statistic, double threshold) {
		double score;
		Double pValue = null;
		switch (statistic) {
			case KS -> {
				Tests.Result result = Tests.kolmogorovSmirnov(sample(base), values(rows, base.name()));
				score = result.statistic();
				pValue = result.pValue();
			}
			case CHISQUARE -> {
				Tests.Result result = Tests.chiSquare(bins(base), counts(now));
				score = result.statistic();
				pValue = result.pValue();
			}
			case WASSERSTEIN -> score = Distances.normedWasserstein(sample(base), values(rows, base.name()));
			case JENSENSHANNON -> score = Distances.jensenShannon(bins(base), bins(now));
			case PSI -> score = Distances.psi(bins(base), bins(now));
			default -> throw new IllegalStateException("Unknown statistic " + statistic);
		}
		boolean drifted = statistic.drifted(statistic.isTest() ? Objects.requireNonNull(pValue) : score, threshold);
		return new FeatureDrift(base.name(), statistic.id(), score, pValue, threshold, drifted);
	}

	private static double[] sample(FeatureStats stats) {
		return ((FeatureStats.Numeric) stats).sample().stream().mapToDouble(Double::doubleValue).toArray();
	}

	private static double[] values(List<? extends Map<String, ?>> rows, String field) {
		return rows.stream().mapToDouble((row) -> Values.toDouble(row.get(field))).filter(Double::isFinite).toArray();
	}

	private static double[] bins(FeatureStats stats) {
		return java.util.Arrays.stream(counts(stats)).asDoubleStream().toArray();
	}

	private static long[] counts(FeatureStats stats) {
		if (stats instanceof FeatureStats.Numeric numeric) {
			return numeric.histogram().counts().stream().mapToLong(Long::longValue).toArray();
		}
		FeatureStats.Categorical categorical = (FeatureStats.Categorical) stats;
		List<Long> counts = new ArrayList<>(categorical.top().stream().map(CategoryCount::count).toList());
		counts.add(categorical.other());
		return counts.stream().mapToLong(Long::longValue).toArray();
	}

}
