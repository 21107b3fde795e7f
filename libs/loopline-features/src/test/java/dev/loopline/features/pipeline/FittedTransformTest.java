package dev.loopline.features.pipeline;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import dev.loopline.features.spec.DatePart;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Table-driven tests of every fitted transform, including missing, malformed and extreme
 * input.
 */
class FittedTransformTest {

	private static final double E = Math.E;

	static Stream<Arguments> scalarCases() {
		FittedTransform standardize = new FittedTransform.Standardize(10, 2);
		FittedTransform minMax = new FittedTransform.MinMax(0, 10);
		FittedTransform log1p = new FittedTransform.Log1p();
		FittedTransform clip = new FittedTransform.Clip(0.0, 1.0);
		FittedTransform bucketize = new FittedTransform.Bucketize(List.of(18.0, 30.0, 45.0));
		FittedTransform hour = new FittedTransform.DatePartOf(DatePart.HOUR, "UTC");
		return Stream.of(arguments("identity number", new FittedTransform.Identity(), 3.0, 3.0),
				arguments("identity string", new FittedTransform.Identity(), "a", "a"),
				arguments("identity null", new FittedTransform.Identity(), null, null),
				arguments("standardize", standardize, 14, 2.0),
				arguments("standardize numeric string", standardize, " 14 ", 2.0),
				arguments("standardize null", standardize, null, null),
				arguments("standardize empty string", standardize, "", null),
				arguments("standardize NaN", standardize, Double.NaN, null),
				arguments("standardize non-numeric string", standardize, "abc", null),
				arguments("standardize +Infinity", standardize, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY),
				arguments("standardize -Infinity", standardize, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY),
				arguments("standardize huge", standardize, 1e308, (1e308 - 10) / 2),
				arguments("standardize boolean", standardize, true, -4.5), arguments("min-max inside", minMax, 5, 0.5),
				arguments("min-max above range", minMax, 20, 2.0), arguments("min-max below range", minMax, -10L, -1.0),
				arguments("min-max null", minMax, null, null),
				arguments("min-max constant range", new FittedTransform.MinMax(3, 3), 5, 2.0),
				arguments("log1p zero", log1p, 0, 0.0), arguments("log1p positive", log1p, E - 1, 1.0),
				arguments("log1p negative mirrors", log1p, -(E - 1), -1.0),
				arguments("log1p +Infinity", log1p, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY),
				arguments("log1p huge", log1p, Double.MAX_VALUE, Math.log1p(Double.MAX_VALUE)),
				arguments("log1p null", log1p, null, null), arguments("clip below", clip, -5, 0.0),
				arguments("clip above", clip, 5, 1.0), arguments("clip inside", clip, 0.25, 0.25),
				arguments("clip -Infinity", clip, Double.NEGATIVE_INFINITY, 0.0),
				arguments("clip +Infinity", clip, Double.POSITIVE_INFINITY, 1.0),
				arguments("clip NaN", clip, Float.NaN, null),
				arguments("clip upper only", new FittedTransform.Clip(null, 10.0), -1e300, -1e300),
				arguments("bucketize below first", bucketize, 17, 0.0),
				arguments("bucketize on boundary", bucketize, 18, 1.0),
				arguments("bucketize between", bucketize, 29.9, 1.0),
				arguments("bucketize on last boundary", bucketize, 45, 3.0),
				arguments("bucketize far above", bucketize, 1e300, 3.0),
				arguments("bucketize -Infinity", bucketize, Double.NEGATIVE_INFINITY, 0.0),
				arguments("bucketize +Infinity", bucketize, Double.POSITIVE_INFINITY, 3.0),
				arguments("bucketize null", bucketize, null, null),
				arguments("impute number fills null", new FittedTransform.Impute(5.0, null), null, 5.0),
				arguments("impute number fills blank", new FittedTransform.Impute(5.0, null), "  ", 5.0),
				arguments("impute number fills NaN", new FittedTransform.Impute(5.0, null), Double.NaN, 5.0),
				arguments("impute keeps present", new FittedTransform.Impute(5.0, null), 7, 7),
				arguments("impute keeps infinity", new FittedTransform.Impute(5.0, null), Double.POSITIVE_INFINITY,
						Double.POSITIVE_INFINITY),
				arguments("impute category", new FittedTransform.Impute(null, "DE"), null, "DE"),
				arguments("impute category keeps present", new FittedTransform.Impute(null, "DE"), "FR", "FR"),
				arguments("impute nothing learned", new FittedTransform.Impute(null, null), null, null),
				arguments("hour of ISO instant", hour, "2026-03-01T10:15:00Z", 10.0),
				arguments("hour of offset date-time", hour, "2026-03-01T10:15:00+02:00", 8.0),
				arguments("hour of local date-time", hour, "2026-03-01T10:15:00", 10.0),
				arguments("hour of local date", hour, "2026-03-01", 0.0),
				arguments("hour of Instant", hour, Instant.parse("2026-03-01T23:59:59Z"), 23.0),
				arguments("hour of epoch millis", hour, 3_600_000L, 1.0),
				arguments("hour of epoch millis string", hour, "1772359200000", 10.0),
				arguments("hour of garbage", hour, "not a date", null), arguments("hour of null", hour, null, null),
				arguments("hour of empty string", hour, "", null),
				arguments("hour in zone", new FittedTransform.DatePartOf(DatePart.HOUR, "Europe/Berlin"),
						"2026-03-01T23:30:00Z", 0.0),
				arguments("day of month in zone",
						new FittedTransform.DatePartOf(DatePart.DAY_OF_MONTH, "Europe/Berlin"), "2026-03-01T23:30:00Z",
						2.0),
				arguments("day of week (Sunday)", new FittedTransform.DatePartOf(DatePart.DAY_OF_WEEK, "UTC"),
						"2026-03-01T10:00:00Z", 7.0),
				arguments("weekend", new FittedTransform.DatePartOf(DatePart.IS_WEEKEND, "UTC"), "2026-03-01T10:00:00Z",
						1.0),
				arguments("month", new FittedTransform.DatePartOf(DatePart.MONTH, "UTC"), "2026-03-01T10:00:00Z", 3.0),
				arguments("quarter", new FittedTransform.DatePartOf(DatePart.QUARTER, "UTC"), "2026-11-01T10:00:00Z",
						4.0),
				arguments("year", new FittedTransform.DatePartOf(DatePart.YEAR, "UTC"), "2026-11-01T10:00:00Z",
						2026.0));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("scalarCases")
	void appliesScalarTransform(String description, FittedTransform transform, Object input, Object expected) {
		assertThat(transform.apply(input)).isEqualTo(expected);
	}

	static Stream<Arguments> expandingCases() {
		FittedTransform.OneHot oneHot = new FittedTransform.OneHot(List.of("DE", "FR"));
		FittedTransform.OneHot numbers = new FittedTransform.OneHot(List.of("1", "2.5"));
		return Stream.of(arguments("one-hot known", oneHot, "DE", new double[] { 1, 0, 0 }),
				arguments("one-hot second", oneHot, "FR", new double[] { 0, 1, 0 }),
				arguments("one-hot unseen", oneHot, "US", new double[] { 0, 0, 1 }),
				arguments("one-hot null", oneHot, null, new double[] { 0, 0, 1 }),
				arguments("one-hot empty string", oneHot, "", new double[] { 0, 0, 1 }),
				arguments("one-hot case-sensitive", oneHot, "de", new double[] { 0, 0, 1 }),
				arguments("one-hot integral double", numbers, 1.0, new double[] { 1, 0, 0 }),
				arguments("one-hot integer", numbers, 1, new double[] { 1, 0, 0 }),
				arguments("one-hot fraction", numbers, 2.5, new double[] { 0, 1, 0 }),
				arguments("one-hot infinity", numbers, Double.POSITIVE_INFINITY, new double[] { 0, 0, 1 }),
				arguments("hash null", new FittedTransform.Hash(4), null, new double[] { 0, 0, 0, 0 }),
				arguments("hash empty string", new FittedTransform.Hash(4), "", new double[] { 0, 0, 0, 0 }));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("expandingCases")
	void expandsIntoSlots(String description, FittedTransform.Expanding transform, Object input, double[] expected) {
		double[] slots = new double[expected.length + 2];
		transform.expand(input, slots, 1);
		assertThat(Arrays.copyOfRange(slots, 1, slots.length - 1)).containsExactly(expected);
		assertThat(slots[0]).isZero();
		assertThat(slots[slots.length - 1]).isZero();
	}

	@ParameterizedTest(name = "hash of {0}")
	@MethodSource("hashInputs")
	void hashSetsExactlyOneStableBucket(Object value) {
		FittedTransform.Hash hash = new FittedTransform.Hash(16);
		double[] first = new double[16];
		double[] second = new double[16];
		hash.expand(value, first, 0);
		hash.expand(String.valueOf(value), second, 0);
		assertThat(Arrays.stream(first).sum()).isEqualTo(1.0);
		assertThat(first).containsExactly(second);
	}

	static Stream<Object> hashInputs() {
		return Stream.of("merchant-1", "ü-ñ-東京", 42, "a very long category ".repeat(50));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("slotNameCases")
	void namesExpandedSlots(String description, FittedTransform.Expanding transform, List<String> expected) {
		assertThat(transform.slotNames("f")).isEqualTo(expected);
	}

	static Stream<Arguments> slotNameCases() {
		return Stream.of(
				arguments("one-hot", new FittedTransform.OneHot(List.of("a", "b")),
						List.of("f@a", "f@b", "f@__unknown__")),
				arguments("hash", new FittedTransform.Hash(3), List.of("f#0", "f#1", "f#2")));
	}

}
