package dev.loopline.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.ValidatedRecord;

/**
 * The training benchmark's data: {@code rows} seeded records of {@code features} numeric
 * features ({@code f00}, {@code f01}, …, standard normal) and a boolean label drawn from
 * a logistic model of them, so both a linear model and boosted trees have something to
 * learn. The same list feeds the platform (as ValidatedRecords) and the direct Tribuo
 * baseline.
 */
final class TrainingData {

	static final String DATASET = "bench-training";

	static final String LABEL = "label";

	private TrainingData() {
	}

	static String feature(int index) {
		return "f%02d".formatted(index);
	}

	static List<ValidatedRecord> records(int rows, int features, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		double[] weights = new double[features];
		for (int i = 0; i < features; i++) {
			weights[i] = random.nextDouble(-1.5, 1.5);
		}
		Instant now = Instant.now();
		List<ValidatedRecord> records = new ArrayList<>(rows);
		for (int row = 0; row < rows; row++) {
			Map<String, Object> fields = new LinkedHashMap<>();
			String entity = "e-" + (row % 10_000);
			Instant time = now.minus(Duration.ofMillis(random.nextLong(86_400_000)));
			fields.put("entityId", entity);
			fields.put("ts", time.toString());
			double logit = -0.2;
			for (int i = 0; i < features; i++) {
				double value = Math.round(normal(random) * 1e4) / 1e4;
				fields.put(feature(i), value);
				logit += weights[i] * value + ((i % 5 == 0) ? 0.4 * value * value : 0);
			}
			fields.put(LABEL, random.nextDouble() < 1 / (1 + Math.exp(-logit)));
			records.add(new ValidatedRecord(EventMetadata.newCorrelation(), DATASET, "t-" + row, entity, "bench", 1,
					time, now, fields));
		}
		return records;
	}

	static String view(int features) {
		StringBuilder list = new StringBuilder();
		for (int i = 0; i < features; i++) {
			list.append((i > 0) ? ", " : "")
				.append("{\"name\": \"%s\", \"source\": \"%s\"}".formatted(feature(i), feature(i)));
		}
		return """
				{"spec": {"name": "bench-training-view", "dataset": "%s", "entityKey": "entityId",
				 "eventTimeField": "ts", "features": [%s]}}""".formatted(DATASET, list);
	}

	private static double normal(SplittableRandom random) {
		// Box-Muller: SplittableRandom has no nextGaussian on Java 17
		return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
	}

}
