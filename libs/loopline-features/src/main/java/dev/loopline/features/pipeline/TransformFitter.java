package dev.loopline.features.pipeline;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.loopline.features.Values;
import dev.loopline.features.spec.DatePart;
import dev.loopline.features.spec.ImputeStrategy;
import dev.loopline.features.spec.TransformSpec;
import dev.loopline.features.spec.TransformType;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Max;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.descriptive.rank.Min;

/**
 * Learns one transform's parameters from the values its predecessors produced. Statistics
 * use only finite numbers (missing, {@code NaN} and infinite values are left out) and
 * come from Commons Math.
 */
final class TransformFitter {

	private TransformFitter() {
	}

	static FittedTransform fit(TransformSpec spec, List<?> values) {
		TransformType type = TransformType.of(spec.type()).orElseThrow();
		return switch (type) {
			case IDENTITY -> new FittedTransform.Identity();
			case STANDARDIZE -> standardize(finite(values));
			case MIN_MAX -> minMax(finite(values));
			case LOG1P -> new FittedTransform.Log1p();
			case CLIP -> new FittedTransform.Clip(spec.min(), spec.max());
			case BUCKETIZE -> new FittedTransform.Bucketize(Objects.requireNonNull(spec.boundaries()));
			case ONE_HOT -> oneHot(values,
					(spec.maxCategories() != null) ? spec.maxCategories() : TransformSpec.DEFAULT_MAX_CATEGORIES);
			case HASH -> new FittedTransform.Hash(Objects.requireNonNull(spec.buckets()));
			case IMPUTE -> impute(spec, values);
			case DATE_PART ->
				new FittedTransform.DatePartOf(DatePart.of(Objects.requireNonNull(spec.part())).orElseThrow(),
						(spec.zone() != null) ? spec.zone() : "UTC");
		};
	}

	static double[] finite(List<?> values) {
		return values.stream().mapToDouble(Values::toDouble).filter(Double::isFinite).toArray();
	}

	private static FittedTransform standardize(double[] values) {
		double mean = (values.length > 0) ? new Mean().evaluate(values) : 0.0;
		double std = (values.length > 0) ? new StandardDeviation(false).evaluate(values, mean) : 1.0;
		return new FittedTransform.Standardize(Double.isFinite(mean) ? mean : 0.0,
				(Double.isFinite(std) && std > 0) ? std : 1.0);
	}

	private static FittedTransform minMax(double[] values) {
		if (values.length == 0) {
			return new FittedTransform.MinMax(0.0, 1.0);
		}
		return new FittedTransform.MinMax(new Min().evaluate(values), new Max().evaluate(values));
	}

	private static FittedTransform oneHot(List<?> values, int maxCategories) {
		List<String> vocabulary = byFrequency(values).stream()
			.filter((category) -> !category.equals(FittedTransform.OneHot.UNKNOWN))
			.limit(maxCategories)
			.sorted()
			.toList();
		return new FittedTransform.OneHot(vocabulary);
	}

	private static FittedTransform impute(TransformSpec spec, List<?> values) {
		ImputeStrategy strategy = ImputeStrategy.of(Objects.requireNonNull(spec.strategy())).orElseThrow();
		return switch (strategy) {
			case MEAN -> imputeNumber(finite(values), new Mean()::evaluate);
			case MEDIAN -> imputeNumber(finite(values), new Median()::evaluate);
			case CONSTANT ->
				(spec.value() instanceof Number number) ? new FittedTransform.Impute(number.doubleValue(), null)
						: new FittedTransform.Impute(null, Objects.requireNonNull(spec.value()).toString());
			case MOST_FREQUENT -> {
				List<String> ranked = byFrequency(values);
				yield new FittedTransform.Impute(null, ranked.isEmpty() ? null : ranked.get(0));
			}
		};
	}

	private static FittedTransform imputeNumber(double[] values, Function<double[], Double> statistic) {
		return new FittedTransform.Impute((values.length > 0) ? statistic.apply(values) : null, null);
	}

	/**
	 * Present categories, most frequent first, ties in string order.
	 */
	static List<String> byFrequency(List<?> values) {
		Map<String, Long> counts = values.stream()
			.map(Values::toCategory)
			.filter(Objects::nonNull)
			.collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.toList();
	}

}
