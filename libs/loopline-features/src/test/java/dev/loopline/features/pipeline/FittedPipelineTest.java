package dev.loopline.features.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.loopline.features.FeatureFormatException;
import dev.loopline.features.FeatureVector;
import dev.loopline.features.Fixtures;
import dev.loopline.features.UnsupportedFormatVersionException;
import dev.loopline.features.spec.FeatureSpec;
import dev.loopline.features.spec.FeatureViewSpec;
import dev.loopline.features.spec.FeatureViewSpecs;
import dev.loopline.features.spec.SpecValidationException;
import dev.loopline.features.spec.TransformSpec;
import org.junit.jupiter.api.Test;

import static dev.loopline.features.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link FeaturePipeline} and {@link FittedPipeline}: fit, the one vectorizing
 * path, and the JSON round trip between training and serving.
 */
class FittedPipelineTest {

	private static final FeatureViewSpec SPEC = FeatureViewSpecs
		.fromJson(Fixtures.resource("/specs/orders-fraud.json"));

	@Test
	void trainingAndServingProduceIdenticalVectors() {
		List<Map<String, Object>> rows = rows(500, 11);
		FittedPipeline trained = FeaturePipeline.fit(SPEC, rows);
		List<FeatureVector> trainingVectors = rows.stream().map(trained::vectorize).toList();

		String json = trained.toJson();
		FittedPipeline served = FittedPipeline.fromJson(json);

		assertThat(served).isEqualTo(trained);
		assertThat(served.toJson()).isEqualTo(json);
		for (int i = 0; i < rows.size(); i++) {
			FeatureVector serving = served.vectorize(rows.get(i));
			assertThat(serving.names()).isEqualTo(trainingVectors.get(i).names());
			for (int slot = 0; slot < serving.size(); slot++) {
				assertThat(Double.doubleToRawLongBits(serving.value(slot)))
					.as("row %d slot %s", i, serving.names().get(slot))
					.isEqualTo(Double.doubleToRawLongBits(trainingVectors.get(i).value(slot)));
			}
		}
	}

	@Test
	void slotsFollowSpecOrderWithExpandedFeaturesInPlace() {
		FittedPipeline pipeline = FeaturePipeline.fit(SPEC,
				List.of(row("country", "FR", "createdAt", "2026-03-02T10:00:00Z"),
						row("country", "DE", "createdAt", "2026-03-01T10:00:00Z")));
		assertThat(pipeline.slotNames()).containsExactly("amount", "items", "age_band", "country@DE", "country@FR",
				"country@__unknown__", "merchant#0", "merchant#1", "merchant#2", "merchant#3", "merchant#4",
				"merchant#5", "merchant#6", "merchant#7", "hour", "weekday@1", "weekday@7", "weekday@__unknown__",
				"channel_web", "amount_mean_7d", "orders_24h");
	}

	@Test
	void fitsChainStepByStep() {
		FeatureViewSpec spec = view(FeatureSpec.of("x", "x", TransformSpec.impute("median", null),
				TransformSpec.log1p(), TransformSpec.standardize()));
		double e = Math.E;
		FittedPipeline pipeline = FeaturePipeline.fit(spec,
				List.of(row("x", 0), row("x", e - 1), row("x", null), row("x", e * e - 1)));
		assertThat(pipeline.features().get(0).steps()).containsExactly(new FittedTransform.Impute(e - 1, null),
				new FittedTransform.Log1p(), new FittedTransform.Standardize(1.0, Math.sqrt(0.5)));
		assertThat(pipeline.vectorize(row()).value("x")).isCloseTo(0.0, within(1e-12));
	}

	@Test
	void handlesMissingUnseenAndExtremeValuesDeterministically() {
		FeatureViewSpec spec = view(FeatureSpec.of("raw", "raw"), FeatureSpec.of("z", "z", TransformSpec.standardize()),
				FeatureSpec.of("c", "c", TransformSpec.oneHot(null)));
		FittedPipeline pipeline = FeaturePipeline.fit(spec,
				List.of(row("raw", 1, "z", 1, "c", "a"), row("raw", 2, "z", 3, "c", "b")));
		assertThat(pipeline.vectorize(row()).values()).containsExactly(0, 0, 0, 0, 1);
		assertThat(pipeline.vectorize(row("raw", "text", "z", Double.NaN, "c", "zzz")).values()).containsExactly(0, 0,
				0, 0, 1);
		assertThat(pipeline.vectorize(row("raw", Double.POSITIVE_INFINITY, "z", Double.NEGATIVE_INFINITY, "c", "b"))
			.values()).containsExactly(Double.MAX_VALUE, -Double.MAX_VALUE, 0, 1, 0);
		assertThat(pipeline.vectorize(row("raw", -Double.MAX_VALUE, "z", Double.MAX_VALUE)).values()[1])
			.isEqualTo(Double.MAX_VALUE);
	}

	@Test
	void suppliedAggregatesTakePrecedenceOverRecordFields() {
		FittedPipeline pipeline = FeaturePipeline.fit(SPEC, rows(20, 3));
		Map<String, Object> record = row("orders_24h", 1);
		assertThat(pipeline.vectorize(record).value("orders_24h")).isEqualTo(1.0);
		assertThat(pipeline.vectorize(record, Map.of("orders_24h", 4.0)).value("orders_24h")).isEqualTo(4.0);
	}

	@Test
	void fitsOnNoRowsWithNeutralParameters() {
		FittedPipeline pipeline = FeaturePipeline.fit(SPEC, List.of());
		FeatureVector vector = pipeline.vectorize(row("amount", 3, "country", "DE"));
		assertThat(vector.value("country@__unknown__")).isEqualTo(1.0);
		assertThat(vector.value("amount")).isCloseTo(Math.log1p(3), within(1e-12));
	}

	@Test
	void refusesToFitInvalidSpec() {
		FeatureViewSpec spec = view(FeatureSpec.of("x", "x", TransformSpec.hash(0)));
		assertThatExceptionOfType(SpecValidationException.class).isThrownBy(() -> FeaturePipeline.fit(spec, List.of()))
			.withMessageContaining("features[0].transforms[0].buckets");
	}

	@Test
	void rejectsNewerFormatVersion() {
		String json = FeaturePipeline.fit(SPEC, List.of())
			.toJson()
			.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2");
		assertThatExceptionOfType(UnsupportedFormatVersionException.class)
			.isThrownBy(() -> FittedPipeline.fromJson(json))
			.withMessage("Fitted feature pipeline format version 2 is newer than the supported version 1; "
					+ "upgrade loopline-features");
	}

	@Test
	void rejectsMalformedOrInconsistentJson() {
		assertThatExceptionOfType(FeatureFormatException.class).isThrownBy(() -> FittedPipeline.fromJson("{"))
			.withMessageStartingWith("Cannot read Fitted feature pipeline: malformed JSON");
		String json = FeaturePipeline.fit(SPEC, List.of())
			.toJson()
			.replace("\"merchant#7\"", "\"merchant#7\", \"extra\"");
		assertThatExceptionOfType(FeatureFormatException.class).isThrownBy(() -> FittedPipeline.fromJson(json))
			.withMessageContaining("feature 'merchant' lists slots [merchant#0,")
			.withMessageContaining("extra] but its steps write [merchant#0,");
		String renamed = FeaturePipeline.fit(SPEC, List.of())
			.toJson()
			.replace("\"name\" : \"hour\",\n    \"input\"", "\"name\" : \"hour2\",\n    \"input\"");
		assertThatExceptionOfType(FeatureFormatException.class).isThrownBy(() -> FittedPipeline.fromJson(renamed))
			.withMessageContaining("differ from the spec's");
		String unknownStep = FeaturePipeline.fit(SPEC, List.of()).toJson().replace("\"log1p\"", "\"sqrt\"");
		assertThatExceptionOfType(FeatureFormatException.class).isThrownBy(() -> FittedPipeline.fromJson(unknownStep))
			.withMessageContaining("features[0].steps[1]");
	}

	private static FeatureViewSpec view(FeatureSpec... features) {
		return new FeatureViewSpec("test", 1, "d", "id", null, List.of(features));
	}

	static List<Map<String, Object>> rows(int count, long seed) {
		Random random = new Random(seed);
		String[] countries = { "DE", "FR", "US", "", null, "PL" };
		List<Map<String, Object>> rows = new ArrayList<>();
		Instant start = Instant.parse("2026-01-01T00:00:00Z");
		for (int i = 0; i < count; i++) {
			Object amount = switch (i % 17) {
				case 0 -> null;
				case 1 -> Double.NaN;
				case 2 -> Double.POSITIVE_INFINITY;
				case 3 -> "12.5";
				default -> Math.exp(random.nextGaussian() * 2);
			};
			rows.add(row("customerId", "c" + random.nextInt(20), "amount", amount, "items", random.nextInt(80) - 5,
					"customerAge", (i % 13 == 0) ? null : 15 + random.nextInt(60), "country",
					countries[random.nextInt(countries.length)], "merchantId", "m" + random.nextInt(500), "createdAt",
					start.plusSeconds(random.nextInt(90 * 24 * 3600)).toString(), "isWeb", random.nextBoolean(),
					"amount_mean_7d", (i % 5 == 0) ? null : random.nextDouble() * 100, "orders_24h",
					random.nextInt(10)));
		}
		return rows;
	}

}
