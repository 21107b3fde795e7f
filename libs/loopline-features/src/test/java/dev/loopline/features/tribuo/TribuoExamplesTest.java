package dev.loopline.features.tribuo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.loopline.features.FeatureVector;
import dev.loopline.features.Fixtures;
import dev.loopline.features.pipeline.FeaturePipeline;
import dev.loopline.features.pipeline.FittedPipeline;
import dev.loopline.features.spec.FeatureViewSpecs;
import org.junit.jupiter.api.Test;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;

import static dev.loopline.features.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TribuoExamples}.
 */
class TribuoExamplesTest {

	private final FittedPipeline pipeline = FeaturePipeline.fit(
			FeatureViewSpecs.fromJson(Fixtures.resource("/specs/orders-fraud.json")),
			List.of(row("amount", 10, "country", "DE", "createdAt", "2026-03-01T10:00:00Z"),
					row("amount", 20, "country", "FR", "createdAt", "2026-03-02T10:00:00Z")));

	@Test
	void buildsExampleWithTheVectorsNamesAndValues() {
		FeatureVector vector = this.pipeline.vectorize(row("amount", 15, "country", "US", "merchantId", "m1",
				"createdAt", "2026-03-03T08:00:00Z", "isWeb", true));
		Example<Label> example = TribuoExamples.of(vector, new Label("fraud"));
		assertThat(example.getOutput()).isEqualTo(new Label("fraud"));
		assertThat(features(example)).isEqualTo(vector.asMap());
		assertThat(example.validateExample()).isTrue();
	}

	@Test
	void trainingAndPredictionExamplesShareFeatures() {
		Map<String, Object> record = row("amount", Double.POSITIVE_INFINITY, "country", null);
		Example<Label> training = TribuoExamples.of(this.pipeline, record, Map.of("orders_24h", 3.0), new Label("ok"));
		Example<Label> serving = TribuoExamples.forPrediction(
				FittedPipeline.fromJson(this.pipeline.toJson()).vectorize(record, Map.of("orders_24h", 3.0)),
				new LabelFactory());
		assertThat(features(serving)).isEqualTo(features(training));
		assertThat(serving.getOutput()).isEqualTo(LabelFactory.UNKNOWN_LABEL);
		assertThat(training.validateExample()).isTrue();
	}

	private static Map<String, Double> features(Example<?> example) {
		Map<String, Double> features = new LinkedHashMap<>();
		for (Feature feature : example) {
			features.put(feature.getName(), feature.getValue());
		}
		return features.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.collect(LinkedHashMap::new, (map, e) -> map.put(e.getKey(), e.getValue()), Map::putAll);
	}

}
