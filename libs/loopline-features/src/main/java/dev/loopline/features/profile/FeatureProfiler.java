package dev.loopline.features.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.loopline.features.FeatureVector;
import dev.loopline.features.Values;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Max;
import org.apache.commons.math3.stat.descriptive.rank.Min;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.jspecify.annotations.Nullable;

/**
 * Computes feature profiles with Commons Math statistics. Missing values follow
 * {@link Values}. A raw field is profiled as numeric when every present value is a number
 * (or a numeric string or a boolean), else as categorical; vector slots are numeric.
 * Histograms have equal-width bins between the finite minimum and maximum (one bin when
 * they are equal). Reservoir samples are uniform (Algorithm R) and reproducible: the
 * generator is seeded with the options' seed plus the feature name's hash.
 */
public final class FeatureProfiler {

	private final ProfileOptions options;

	/**
	 * Creates a profiler.
	 * @param options the options
	 */
	public FeatureProfiler(ProfileOptions options) {
		this.options = Objects.requireNonNull(options, "options must not be null");
	}

	/**
	 * Profiles raw fields of rows.
	 * @param rows the rows
	 * @param fields the fields to profile, in output order
	 * @return the profile
	 */
	public FeatureProfile profileRows(Iterable<? extends Map<String, ?>> rows, List<String> fields) {
		List<Map<String, ?>> list = list(rows);
		Map<String, List<Object>> columns = columns(list, fields);
		List<FeatureStats> stats = new ArrayList<>();
		columns.forEach((name, values) -> stats.add(values.stream().allMatch(FeatureProfiler::numericOrMissing)
				? numeric(name, values, null) : categorical(name, values, null)));
		return new FeatureProfile(FeatureProfile.FORMAT_VERSION, list.size(), this.options, stats);
	}

	/**
	 * Profiles the slots of feature vectors (all numeric), named after the first vector.
	 * @param vectors the vectors, all from the same pipeline
	 * @return the profile
	 */
	public FeatureProfile profileVectors(Iterable<FeatureVector> vectors) {
		List<Map<String, ?>> rows = rows(vectors);
		List<String> names = rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).keySet());
		List<FeatureStats> stats = new ArrayList<>();
		Map<String, List<Object>> columns = columns(rows, names);
		columns.forEach((name, values) -> stats.add(numeric(name, values, null)));
		return new FeatureProfile(FeatureProfile.FORMAT_VERSION, rows.size(), this.options, stats);
	}

	/**
	 * Profiles a new window of rows on a reference profile: the same features with the
	 * same kinds, numeric features on the reference's histogram edges and categorical
	 * ones on the reference's top categories, so the two compare bin by bin.
	 * @param reference the reference profile
	 * @param rows the new rows
	 * @return the new window's profile
	 */
	public FeatureProfile profileOn(FeatureProfile reference, Iterable<? extends Map<String, ?>> rows) {
		List<String> names = reference.features().stream().map(FeatureStats::name).toList();
		List<Map<String, ?>> list = list(rows);
		Map<String, List<Object>> columns = columns(list, names);
		List<FeatureStats> stats = new ArrayList<>();
		for (FeatureStats base : reference.features()) {
			List<Object> values = columns.get(base.name());
			stats.add((base instanceof FeatureStats.Numeric numeric) ? numeric(base.name(), values, numeric.histogram())
					: categorical(base.name(), values, ((FeatureStats.Categorical) base).top()));
		}
		return new FeatureProfile(FeatureProfile.FORMAT_VERSION, list.size(), this.options, stats);
	}

	/**
	 * Profiles new feature vectors on a reference profile of vectors.
	 * @param reference the reference profile
	 * @param vectors the new vectors
	 * @return the new window's profile
	 * @see #profileOn(FeatureProfile, Iterable)
	 */
	public FeatureProfile profileVectorsOn(FeatureProfile reference, Iterable<FeatureVector> vectors) {
		return profileOn(reference, rows(vectors));
	}

	private FeatureStats.Numeric numeric(String name, List<Object> values, @Nullable Histogram reference) {
		long nulls = 0;
		long infinite = 0;
		List<Double> present = new ArrayList<>();
		for (Object value : values) {
			double number = Values.toDouble(value);
			if (Double.isNaN(number)) {
				nulls++;
				continue;
			}
			infinite += Double.isInfinite(number) ? 1 : 0;
			present.add(number);
		}
		double[] finite = present.stream().mapToDouble(Double::doubleValue).filter(Double::isFinite).toArray();
		Histogram histogram = (reference != null) ? reference : edges(finite);
		long[] counts = new long[histogram.counts().size()];
		present.forEach((number) -> {
			int bin = histogram.binOf(number);
			if (bin >= 0) {
				counts[bin]++;
			}
		});
		Histogram filled = new Histogram(histogram.edges(), Arrays.stream(counts).boxed().toList());
		boolean any = finite.length > 0;
		return new FeatureStats.Numeric(name, present.size(), nulls, infinite, any ? new Min().evaluate(finite) : null,
				any ? new Max().evaluate(finite) : null, any ? new Mean().evaluate(finite) : null,
				any ? new StandardDeviation().evaluate(finite) : null, quantiles(finite), filled, sample(name, finite));
	}

	private Histogram edges(double[] finite) {
		if (finite.length == 0) {
			return new Histogram(List.of(), List.of());
		}
		double min = new Min().evaluate(finite);
		double max = new Max().evaluate(finite);
		int bins = (max > min) ? this.options.bins() : 1;
		List<Double> edges = new ArrayList<>();
		for (int i = 0; i < bins; i++) {
			edges.add(min + (max - min) * i / bins);
		}
		edges.add(max);
		return new Histogram(edges, Collections.nCopies(bins, 0L));
	}

	private List<Quantile> quantiles(double[] finite) {
		if (finite.length == 0) {
			return List.of();
		}
		Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
		percentile.setData(finite);
		return this.options.quantiles().stream().map((p) -> new Quantile(p, percentile.evaluate(p * 100))).toList();
	}

	private List<Double> sample(String name, double[] finite) {
		int size = this.options.sampleSize();
		SplittableRandom random = new SplittableRandom(this.options.seed() + name.hashCode());
		List<Double> reservoir = new ArrayList<>(Math.min(size, finite.length));
		for (int i = 0; i < finite.length; i++) {
			if (i < size) {
				reservoir.add(finite[i]);
			}
			else {
				int slot = random.nextInt(i + 1);
				if (slot < size) {
					reservoir.set(slot, finite[i]);
				}
			}
		}
		return reservoir;
	}

	private FeatureStats.Categorical categorical(String name, List<Object> values,
			@Nullable List<CategoryCount> reference) {
		Map<String, Long> counts = values.stream()
			.map(Values::toCategory)
			.filter(Objects::nonNull)
			.collect(Collectors.groupingBy((category) -> category, TreeMap::new, Collectors.counting()));
		long present = counts.values().stream().mapToLong(Long::longValue).sum();
		List<CategoryCount> top = (reference != null)
				? reference.stream()
					.map((base) -> new CategoryCount(base.category(), counts.getOrDefault(base.category(), 0L)))
					.toList()
				: counts.entrySet()
					.stream()
					.sorted(Map.Entry.<String, Long>comparingByValue()
						.reversed()
						.thenComparing(Map.Entry.comparingByKey()))
					.limit(this.options.topK())
					.map((entry) -> new CategoryCount(entry.getKey(), entry.getValue()))
					.toList();
		long inTop = top.stream().mapToLong(CategoryCount::count).sum();
		return new FeatureStats.Categorical(name, present, values.size() - present, counts.size(), top,
				present - inTop);
	}

	private static boolean numericOrMissing(@Nullable Object value) {
		return Values.isMissing(value) || Values.isNumeric(value);
	}

	private static Map<String, List<Object>> columns(Iterable<? extends Map<String, ?>> rows, List<String> fields) {
		Map<String, List<Object>> columns = new LinkedHashMap<>();
		fields.forEach((field) -> columns.put(field, new ArrayList<>()));
		for (Map<String, ?> row : rows) {
			columns.forEach((field, values) -> values.add(row.get(field)));
		}
		return columns;
	}

	private static List<Map<String, ?>> list(Iterable<? extends Map<String, ?>> rows) {
		List<Map<String, ?>> list = new ArrayList<>();
		rows.forEach(list::add);
		return list;
	}

	private static List<Map<String, ?>> rows(Iterable<FeatureVector> vectors) {
		List<Map<String, ?>> rows = new ArrayList<>();
		vectors.forEach((vector) -> rows.add(vector.asMap()));
		return rows;
	}

}
