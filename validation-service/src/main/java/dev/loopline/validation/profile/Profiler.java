package dev.loopline.validation.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.loopline.validation.check.Coercion;
import dev.loopline.validation.contract.FieldType;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.jspecify.annotations.Nullable;

/**
 * Computes field profiles of a sample with Commons Math descriptive statistics (moments
 * and quantiles) and frequency counts. The sample is bounded by {@link RecentRecords}, so
 * so is the work.
 */
public final class Profiler {

	private static final double[] QUANTILES = { 1, 5, 25, 50, 75, 95, 99 };

	private static final int TOP = 10;

	private Profiler() {
	}

	public static List<FieldProfile> profile(List<Map<String, @Nullable Object>> records) {
		Set<String> names = new LinkedHashSet<>();
		records.forEach((record) -> names.addAll(record.keySet()));
		List<FieldProfile> profiles = new ArrayList<>();
		for (String name : names) {
			List<Object> values = records.stream()
				.map((record) -> record.get(name))
				.filter((value) -> value != null)
				.map((value) -> (Object) value)
				.toList();
			profiles.add(field(name, records.size(), values));
		}
		return profiles;
	}

	static FieldProfile field(String name, long count, List<Object> values) {
		FieldType type = TypeInference.infer(values);
		Map<String, Long> frequencies = values.stream()
			.collect(Collectors.groupingBy(Object::toString, LinkedHashMap::new, Collectors.counting()));
		List<FieldProfile.ValueCount> top = frequencies.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
			.limit(TOP)
			.map((entry) -> new FieldProfile.ValueCount(entry.getKey(), entry.getValue()))
			.toList();
		long nulls = count - values.size();
		if (!type.isNumeric() || values.isEmpty()) {
			return new FieldProfile(name, type.id(), count, nulls, frequencies.size(), null, null, null, null, null,
					top);
		}
		DescriptiveStatistics stats = new DescriptiveStatistics();
		values.forEach(
				(value) -> stats.addValue(((Number) Coercion.coerce(value, FieldType.NUMBER).get()).doubleValue()));
		Map<String, Double> quantiles = new LinkedHashMap<>();
		for (double q : QUANTILES) {
			quantiles.put("p" + (int) q, stats.getPercentile(q));
		}
		Function<Double, Double> finite = (v) -> Double.isNaN(v) ? null : v;
		return new FieldProfile(name, type.id(), count, nulls, frequencies.size(), stats.getMin(), stats.getMax(),
				stats.getMean(), finite.apply(stats.getStandardDeviation()), quantiles, top);
	}

}
