package dev.loopline.features.pipeline;

import java.util.Map;
import java.util.stream.DoubleStream;

import dev.loopline.features.FeatureVector;
import dev.loopline.features.Fixtures;
import org.junit.jupiter.api.Test;

import static dev.loopline.features.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A pipeline stored by release 1 (format version 1) must keep loading and give the same
 * vector: models in the registry carry it.
 */
class StoredPipelineTest {

	@Test
	void pipelineStoredByFormatVersion1StillLoadsAndGivesTheSameVector() {
		String json = Fixtures.resource("/pipelines/orders-fraud.v1.json");
		FittedPipeline pipeline = FittedPipeline.fromJson(json);
		Map<String, Object> record = row("amount", 40, "items", 60, "customerAge", 17, "country", "US", "merchantId",
				"m-99", "createdAt", "2026-03-07T23:30:00Z", "isWeb", "true");
		FeatureVector vector = pipeline.vectorize(record, Map.of("amount_mean_7d", 12.0, "orders_24h", 3.0));

		double[] logged = DoubleStream.of(12.5, 80, 3.2).map(Math::log1p).toArray();
		double mean = DoubleStream.of(logged).average().orElseThrow();
		double std = Math.sqrt(DoubleStream.of(logged).map((x) -> (x - mean) * (x - mean)).sum() / logged.length);
		assertThat(vector.value("amount")).isCloseTo((Math.log1p(40) - mean) / std, within(1e-12));
		assertThat(vector.asMap())
			.isEqualTo(Map.ofEntries(Map.entry("amount", 0.7418011206897818), Map.entry("items", 49.0 / 6),
					Map.entry("age_band", 0.0), Map.entry("country@DE", 0.0), Map.entry("country@FR", 0.0),
					Map.entry("country@__unknown__", 1.0), Map.entry("merchant#0", 0.0), Map.entry("merchant#1", 0.0),
					Map.entry("merchant#2", 0.0), Map.entry("merchant#3", 0.0), Map.entry("merchant#4", 0.0),
					Map.entry("merchant#5", 0.0), Map.entry("merchant#6", 1.0), Map.entry("merchant#7", 0.0),
					Map.entry("hour", 23.0), Map.entry("weekday@1", 0.0), Map.entry("weekday@3", 0.0),
					Map.entry("weekday@7", 0.0), Map.entry("weekday@__unknown__", 1.0), Map.entry("channel_web", 1.0),
					Map.entry("amount_mean_7d", 0.4148869093391398), Map.entry("orders_24h", 3.0)));
		assertThat(vector.names()).isEqualTo(pipeline.slotNames());
		assertThat(pipeline.toJson() + "\n").isEqualTo(json);
	}

}
