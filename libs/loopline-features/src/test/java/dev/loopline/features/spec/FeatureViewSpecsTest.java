package dev.loopline.features.spec;

import java.util.List;

import dev.loopline.features.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link FeatureViewSpecs}.
 */
class FeatureViewSpecsTest {

	private static final String JSON = Fixtures.resource("/specs/orders-fraud.json");

	@Test
	void readsFullJsonExample() {
		FeatureViewSpec spec = FeatureViewSpecs.fromJson(JSON);
		assertThat(spec.name()).isEqualTo("orders-fraud");
		assertThat(spec.version()).isEqualTo(3);
		assertThat(spec.features()).hasSize(10);
		assertThat(spec.features().get(0).transforms()).extracting(TransformSpec::type)
			.containsExactly("impute", "log1p", "standardize");
		assertThat(spec.aggregateFeatures()).extracting(FeatureSpec::name)
			.containsExactly("amount_mean_7d", "orders_24h");
		assertThat(spec.features().get(8).aggregate()).isEqualTo(new AggregateSpec("mean", "amount", "P7D"));
	}

	@Test
	void yamlAndJsonDescribeTheSameSpec() {
		assertThat(FeatureViewSpecs.fromYaml(Fixtures.resource("/specs/orders-fraud.yaml")))
			.isEqualTo(FeatureViewSpecs.fromJson(JSON));
	}

	@Test
	void jsonRoundTripIsExact() {
		FeatureViewSpec spec = FeatureViewSpecs.fromJson(JSON);
		assertThat(FeatureViewSpecs.fromJson(FeatureViewSpecs.toJson(spec))).isEqualTo(spec);
	}

	@Test
	void yamlRoundTripIsExact() {
		FeatureViewSpec spec = FeatureViewSpecs.fromJson(JSON);
		assertThat(FeatureViewSpecs.fromYaml(FeatureViewSpecs.toYaml(spec))).isEqualTo(spec);
	}

	@Test
	void reportsEveryErrorWithItsPath() {
		String json = """
				{"name":"bad view","version":0,"dataset":"orders","entityKey":"",
				 "features":[
				  {"name":"a","source":"x","transforms":[{"type":"sqrt"},{"type":"standardize","buckets":3}]},
				  {"name":"a","source":"y"},
				  {"name":"c"},
				  {"name":"d","aggregate":{"function":"median","window":"7 days"}},
				  {"name":"e","source":"z","transforms":[{"type":"one-hot"},{"type":"log1p"}]},
				  {"name":"f","source":"z","transforms":[{"type":"bucketize","boundaries":[3,1]},
				     {"type":"clip"},{"type":"hash","buckets":0}]},
				  {"name":"g","source":"z","transforms":[{"type":"impute","strategy":"constant"},
				     {"type":"impute","strategy":"average"},{"type":"date-part","part":"century","zone":"Mars/Base"}]}
				 ]}""";
		assertThatExceptionOfType(SpecValidationException.class).isThrownBy(() -> FeatureViewSpecs.fromJson(json))
			.satisfies((ex) -> assertThat(ex.getErrors()).extracting(SpecError::path)
				.containsExactly("name", "version", "entityKey", "features[0].transforms[0].type",
						"features[0].transforms[1].buckets", "features[1].name", "features[2]",
						"features[3].aggregate.function", "features[3].aggregate.source",
						"features[3].aggregate.window", "features[3].aggregate", "features[4].transforms[0].type",
						"features[5].transforms[0].boundaries[1]", "features[5].transforms[1]",
						"features[5].transforms[2].buckets", "features[6].transforms[0].value",
						"features[6].transforms[1].strategy", "features[6].transforms[2].type",
						"features[6].transforms[2].part", "features[6].transforms[2].zone"))
			.withMessageContaining("features[0].transforms[0].type: unknown transform 'sqrt'")
			.withMessageContaining("features[1].name: duplicate feature name 'a'")
			.withMessageContaining("features[3].aggregate.window: '7 days' is not an ISO-8601 duration")
			.withMessageStartingWith("Invalid feature view spec (20 errors)");
	}

	@Test
	void reportsUnknownFieldWithItsPath() {
		String json = JSON.replace("\"maxCategories\": 20", "\"maxCategory\": 20");
		assertThatExceptionOfType(SpecValidationException.class).isThrownBy(() -> FeatureViewSpecs.fromJson(json))
			.satisfies((ex) -> assertThat(ex.getErrors()).singleElement()
				.extracting(SpecError::path)
				.isEqualTo("features[3].transforms[1].maxCategory"));
	}

	@Test
	void reportsMalformedYaml() {
		assertThatExceptionOfType(SpecValidationException.class)
			.isThrownBy(() -> FeatureViewSpecs.fromYaml("name: [unclosed"))
			.satisfies((ex) -> assertThat(ex.getErrors()).hasSize(1));
	}

	@Test
	void validSpecHasNoErrors() {
		FeatureViewSpec spec = new FeatureViewSpec("v", 1, "d", "id", null,
				List.of(FeatureSpec.of("x", "x", TransformSpec.impute("mean", null), TransformSpec.standardize())));
		assertThat(spec.validate()).isEmpty();
	}

	@Test
	void reportsYamlErrorsWithTheirPaths() {
		String yaml = """
				name: v
				version: 1
				dataset: d
				entityKey: id
				features:
				  - name: x
				    source: x
				    transforms:
				      - { type: standardize }
				      - { type: hash }
				  - name: y
				    aggregate: { function: sum, source: y, window: P0D }
				""";
		assertThatExceptionOfType(SpecValidationException.class).isThrownBy(() -> FeatureViewSpecs.fromYaml(yaml))
			.satisfies((ex) -> assertThat(ex.getErrors()).containsExactly(
					new SpecError("features[0].transforms[1].buckets", "is required for 'hash'"),
					new SpecError("features[1].aggregate.window", "must be positive, was P0D"),
					new SpecError("features[1].aggregate", "needs the view's 'eventTimeField'")));
	}

}
