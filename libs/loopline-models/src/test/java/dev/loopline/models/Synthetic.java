package dev.loopline.models;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.loopline.features.spec.FeatureSpec;
import dev.loopline.features.spec.FeatureViewSpec;
import dev.loopline.features.spec.TransformSpec;
import dev.loopline.features.spec.FeatureViewSpecs;

/**
 * Seeded synthetic training rows with a learnable relation, per task.
 */
public final class Synthetic {

	public static final String SPEC_JSON = """
			{ "name": "synthetic", "version": 1, "dataset": "points", "entityKey": "id",
			  "features": [
			    { "name": "x1", "source": "x1", "transforms": [ { "type": "impute", "strategy": "mean" }, { "type": "standardize" } ] },
			    { "name": "x2", "source": "x2", "transforms": [ { "type": "standardize" } ] },
			    { "name": "country", "source": "country", "transforms": [ { "type": "one-hot" } ] }
			  ] }
			""";

	private static final String[] COUNTRIES = { "DE", "FR", "IT" };

	private Synthetic() {
	}

	public static FeatureViewSpec spec() {
		return FeatureViewSpecs.fromJson(SPEC_JSON);
	}

	/**
	 * Rows of one task.
	 * @param task the task
	 * @param count number of rows
	 * @param seed the generator seed
	 * @return the rows
	 */
	public static List<TrainingRow> rows(Task task, int count, long seed) {
		Random random = new Random(seed);
		List<TrainingRow> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			double x1 = random.nextGaussian();
			double x2 = random.nextGaussian();
			String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
			double shift = country.equals("DE") ? 0.5 : 0.0;
			Object label = switch (task) {
				case CLASSIFICATION -> (2 * x1 + x2 + shift + 0.3 * random.nextGaussian() > 0) ? "yes" : "no";
				case REGRESSION -> 3 * x1 - 2 * x2 + 2 * shift + 0.1 * random.nextGaussian();
				case ANOMALY -> i % 10 == 0;
			};
			if (task == Task.ANOMALY && (Boolean) label) {
				x1 = 6 + random.nextDouble() * 2;
				x2 = -6 - random.nextDouble() * 2;
			}
			rows.add(row("r" + seed + "-" + i, Map.of("x1", x1, "x2", x2, "country", country), label));
		}
		return rows;
	}

	public static TrainingRow row(String id, Map<String, ?> values, Object label) {
		return new TrainingRow(id, "e-" + id, Instant.parse("2026-01-01T00:00:00Z"), new HashMap<>(values), label);
	}

}
