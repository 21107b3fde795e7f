package dev.loopline.features.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import dev.loopline.features.spec.TransformSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link TransformFitter}: fitted parameters against an independent
 * computation.
 */
class TransformFitterTest {

	private static final List<Object> MESSY = Arrays.asList(1, 2.0, "3", 4L, null, "x", "", Double.POSITIVE_INFINITY,
			Double.NaN, Double.NEGATIVE_INFINITY);

	@Test
	void standardizeUsesFiniteValuesAndPopulationStd() {
		FittedTransform fitted = TransformFitter.fit(TransformSpec.standardize(), MESSY);
		assertThat(fitted).isEqualTo(new FittedTransform.Standardize(2.5, Math.sqrt(1.25)));
	}

	@Test
	void standardizeMatchesTwoPassComputationOnRandomData() {
		Random random = new Random(7);
		List<Object> values = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			values.add(1000 + random.nextGaussian() * 50);
		}
		double mean = values.stream().mapToDouble((v) -> (double) v).sum() / values.size();
		double variance = values.stream().mapToDouble((v) -> ((double) v - mean) * ((double) v - mean)).sum()
				/ values.size();
		FittedTransform.Standardize fitted = (FittedTransform.Standardize) TransformFitter
			.fit(TransformSpec.standardize(), values);
		assertThat(fitted.mean()).isCloseTo(mean, within(1e-9));
		assertThat(fitted.std()).isCloseTo(Math.sqrt(variance), within(1e-9));
	}

	@Test
	void standardizeOfConstantOrEmptyColumnDividesByOne() {
		assertThat(TransformFitter.fit(TransformSpec.standardize(), List.of(5, 5, 5)))
			.isEqualTo(new FittedTransform.Standardize(5, 1));
		assertThat(TransformFitter.fit(TransformSpec.standardize(), Arrays.asList(null, "", Double.NaN)))
			.isEqualTo(new FittedTransform.Standardize(0, 1));
	}

	@Test
	void minMaxIgnoresInfinities() {
		assertThat(TransformFitter.fit(TransformSpec.minMax(), MESSY)).isEqualTo(new FittedTransform.MinMax(1, 4));
		assertThat(TransformFitter.fit(TransformSpec.minMax(), List.of())).isEqualTo(new FittedTransform.MinMax(0, 1));
	}

	@Test
	void imputeMeanAndMedian() {
		List<Object> values = Arrays.asList(5, 1, null, 3, 100);
		assertThat(TransformFitter.fit(TransformSpec.impute("mean", null), values))
			.isEqualTo(new FittedTransform.Impute(27.25, null));
		assertThat(TransformFitter.fit(TransformSpec.impute("median", null), values))
			.isEqualTo(new FittedTransform.Impute(4.0, null));
		assertThat(TransformFitter.fit(TransformSpec.impute("median", null), Arrays.asList(null, "")))
			.isEqualTo(new FittedTransform.Impute(null, null));
	}

	@Test
	void imputeMostFrequentBreaksTiesInStringOrder() {
		List<Object> values = Arrays.asList("b", "a", "b", "a", "c", null, "");
		assertThat(TransformFitter.fit(TransformSpec.impute("most-frequent", null), values))
			.isEqualTo(new FittedTransform.Impute(null, "a"));
	}

	@Test
	void imputeConstantKeepsItsKind() {
		assertThat(TransformFitter.fit(TransformSpec.impute("constant", 0), List.of()))
			.isEqualTo(new FittedTransform.Impute(0.0, null));
		assertThat(TransformFitter.fit(TransformSpec.impute("constant", "none"), List.of()))
			.isEqualTo(new FittedTransform.Impute(null, "none"));
	}

	@Test
	void oneHotKeepsMostFrequentCategoriesUpToTheCapSortedByName() {
		List<Object> values = Arrays.asList("c", "c", "c", "a", "b", "b", "a", null, "__unknown__", "__unknown__",
				"__unknown__", "__unknown__");
		assertThat(TransformFitter.fit(TransformSpec.oneHot(2), values))
			.isEqualTo(new FittedTransform.OneHot(List.of("a", "c")));
		assertThat(TransformFitter.fit(TransformSpec.oneHot(null), values))
			.isEqualTo(new FittedTransform.OneHot(List.of("a", "b", "c")));
	}

	@Test
	void oneHotVocabularyOfNumbersUsesCanonicalCategories() {
		assertThat(TransformFitter.fit(TransformSpec.oneHot(null), List.of(1.0, 1, "1", 2.5)))
			.isEqualTo(new FittedTransform.OneHot(List.of("1", "2.5")));
	}

	@Test
	void parameterFreeTransformsFitTheirSpec() {
		assertThat(TransformFitter.fit(TransformSpec.clip(null, 3.0), MESSY))
			.isEqualTo(new FittedTransform.Clip(null, 3.0));
		assertThat(TransformFitter.fit(TransformSpec.bucketize(1.0, 2.0), MESSY))
			.isEqualTo(new FittedTransform.Bucketize(List.of(1.0, 2.0)));
		assertThat(TransformFitter.fit(TransformSpec.hash(8), MESSY)).isEqualTo(new FittedTransform.Hash(8));
		assertThat(TransformFitter.fit(TransformSpec.log1p(), MESSY)).isEqualTo(new FittedTransform.Log1p());
		assertThat(TransformFitter.fit(TransformSpec.identity(), MESSY)).isEqualTo(new FittedTransform.Identity());
		assertThat(TransformFitter.fit(TransformSpec.datePart("month", null), MESSY))
			.isEqualTo(new FittedTransform.DatePartOf(dev.loopline.features.spec.DatePart.MONTH, "UTC"));
	}

}
