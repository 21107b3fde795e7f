package dev.loopline.features.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.loopline.features.FeatureFormatException;
import dev.loopline.features.FeatureVector;
import dev.loopline.features.UnsupportedFormatVersionException;
import org.junit.jupiter.api.Test;

import static dev.loopline.features.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link FeatureProfiler} and {@link FeatureProfile}.
 */
class FeatureProfilerTest {

	private final FeatureProfiler profiler = new FeatureProfiler(ProfileOptions.defaults());

	@Test
	void profilesNumericFieldAgainstIndependentComputation() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 1; i <= 100; i++) {
			rows.add(row("x", (double) i));
		}
		rows.add(row("x", null));
		rows.add(row("x", ""));
		rows.add(row("x", Double.NaN));
		rows.add(row("x", Double.POSITIVE_INFINITY));
		FeatureStats.Numeric stats = (FeatureStats.Numeric) this.profiler.profileRows(rows, List.of("x"))
			.feature("x")
			.orElseThrow();
		double[] values = new double[100];
		Arrays.setAll(values, (i) -> i + 1.0);
		assertThat(stats.count()).isEqualTo(101);
		assertThat(stats.nulls()).isEqualTo(3);
		assertThat(stats.infinite()).isEqualTo(1);
		assertThat(stats.min()).isEqualTo(1.0);
		assertThat(stats.max()).isEqualTo(100.0);
		assertThat(stats.mean()).isCloseTo(50.5, within(1e-12));
		assertThat(stats.stddev()).isCloseTo(Math.sqrt(100.0 * 101 / 12), within(1e-9));
		assertThat(stats.quantiles())
			.allSatisfy((q) -> assertThat(q.value()).isCloseTo(r7(values, q.p()), within(1e-9)));
		assertThat(stats.histogram().edges()).hasSize(11).startsWith(1.0).endsWith(100.0);
		assertThat(stats.histogram().counts()).containsExactly(10L, 10L, 10L, 10L, 10L, 10L, 10L, 10L, 10L, 11L);
		assertThat(stats.sample()).hasSize(100)
			.containsExactlyInAnyOrder(Arrays.stream(values).boxed().toArray(Double[]::new));
	}

	@Test
	void reservoirSampleIsBoundedAndReproducible() {
		List<Map<String, Object>> rows = new ArrayList<>();
		Random random = new Random(1);
		for (int i = 0; i < 5000; i++) {
			rows.add(row("x", random.nextGaussian()));
		}
		FeatureStats.Numeric first = numeric(this.profiler.profileRows(rows, List.of("x")), "x");
		FeatureStats.Numeric second = numeric(this.profiler.profileRows(rows, List.of("x")), "x");
		assertThat(first.sample()).hasSize(ProfileOptions.MAX_SAMPLE_SIZE).isEqualTo(second.sample());
		FeatureProfiler otherSeed = new FeatureProfiler(new ProfileOptions(10, 20, 1000, 43L, List.of(0.5)));
		assertThat(numeric(otherSeed.profileRows(rows, List.of("x")), "x").sample()).isNotEqualTo(first.sample());
	}

	@Test
	void profilesCategoricalFieldWithTopKAndOther() {
		FeatureProfiler topTwo = new FeatureProfiler(new ProfileOptions(10, 2, 10, 1L, List.of()));
		List<Map<String, Object>> rows = List.of(row("c", "b"), row("c", "a"), row("c", "b"), row("c", "a"),
				row("c", "c"), row("c", null), row("c", ""), row("c", 7));
		FeatureStats.Categorical stats = (FeatureStats.Categorical) topTwo.profileRows(rows, List.of("c"))
			.feature("c")
			.orElseThrow();
		assertThat(stats.count()).isEqualTo(6);
		assertThat(stats.nulls()).isEqualTo(2);
		assertThat(stats.distinct()).isEqualTo(4);
		assertThat(stats.top()).containsExactly(new CategoryCount("a", 2), new CategoryCount("b", 2));
		assertThat(stats.other()).isEqualTo(2);
	}

	@Test
	void profileRoundTripIsExact() {
		FeatureProfile profile = this.profiler.profileRows(mixedRows(300, 9), List.of("amount", "country", "empty"));
		String json = profile.toJson();
		assertThat(FeatureProfile.fromJson(json)).isEqualTo(profile);
		assertThat(FeatureProfile.fromJson(json).toJson()).isEqualTo(json);
	}

	@Test
	void rejectsNewerFormatVersionAndMalformedProfiles() {
		String json = this.profiler.profileRows(mixedRows(10, 1), List.of("amount"))
			.toJson()
			.replace("\"formatVersion\" : 1", "\"formatVersion\" : 7");
		assertThatExceptionOfType(UnsupportedFormatVersionException.class)
			.isThrownBy(() -> FeatureProfile.fromJson(json))
			.withMessage(
					"Feature profile format version 7 is newer than the supported version 1; upgrade loopline-features");
		assertThatExceptionOfType(FeatureFormatException.class).isThrownBy(() -> FeatureProfile.fromJson("[]"))
			.withMessage("Cannot read Feature profile: expected a JSON object");
	}

	@Test
	void profilesNewWindowOnReferenceBinsAndCategories() {
		FeatureProfile reference = this.profiler.profileRows(mixedRows(1000, 2), List.of("amount", "country"));
		List<Map<String, Object>> window = List.of(row("amount", -1e9), row("amount", 1e9, "country", "XX"),
				row("amount", Double.NEGATIVE_INFINITY, "country", "DE"), row("amount", 50.0, "country", "DE"));
		FeatureProfile current = this.profiler.profileOn(reference, window);

		FeatureStats.Numeric base = numeric(reference, "amount");
		FeatureStats.Numeric amount = numeric(current, "amount");
		assertThat(amount.histogram().edges()).isEqualTo(base.histogram().edges());
		List<Long> counts = amount.histogram().counts();
		assertThat(counts.get(0)).isEqualTo(2);
		assertThat(counts.get(counts.size() - 1)).isEqualTo(1);
		assertThat(counts.stream().mapToLong(Long::longValue).sum()).isEqualTo(4);

		FeatureStats.Categorical country = (FeatureStats.Categorical) current.feature("country").orElseThrow();
		FeatureStats.Categorical baseCountry = (FeatureStats.Categorical) reference.feature("country").orElseThrow();
		assertThat(country.top()).extracting(CategoryCount::category)
			.isEqualTo(baseCountry.top().stream().map(CategoryCount::category).toList());
		assertThat(country.top()).filteredOn((c) -> c.category().equals("DE"))
			.singleElement()
			.extracting(CategoryCount::count)
			.isEqualTo(2L);
		assertThat(country.other()).isEqualTo(1);
		assertThat(country.nulls()).isEqualTo(1);
	}

	@Test
	void profilesFeatureVectorsOnTheirSlots() {
		List<FeatureVector> vectors = List.of(vector(1, 0), vector(2, 1), vector(3, 0));
		FeatureProfile reference = this.profiler.profileVectors(vectors);
		assertThat(reference.features()).extracting(FeatureStats::name).containsExactly("x", "c@a");
		assertThat(numeric(reference, "c@a").mean()).isCloseTo(1.0 / 3, within(1e-12));
		FeatureProfile current = this.profiler.profileVectorsOn(reference, List.of(vector(10, 1)));
		assertThat(numeric(current, "x").histogram().counts()).endsWith(1L);
	}

	private static FeatureVector vector(double x, double c) {
		return new FeatureVector(List.of("x", "c@a"), new double[] { x, c });
	}

	private static FeatureStats.Numeric numeric(FeatureProfile profile, String name) {
		return (FeatureStats.Numeric) profile.feature(name).orElseThrow();
	}

	private static List<Map<String, Object>> mixedRows(int count, long seed) {
		Random random = new Random(seed);
		String[] countries = { "DE", "FR", "US", "PL", null };
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(row("amount", (i % 10 == 0) ? null : random.nextDouble() * 100, "country",
					countries[random.nextInt(countries.length)], "empty", null));
		}
		return rows;
	}

	/** R-7 quantile, computed independently of Commons Math. */
	private static double r7(double[] sorted, double p) {
		double h = (sorted.length - 1) * p;
		int low = (int) Math.floor(h);
		int high = Math.min(low + 1, sorted.length - 1);
		return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
	}

}
