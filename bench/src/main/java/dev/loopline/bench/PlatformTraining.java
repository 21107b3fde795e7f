package dev.loopline.bench;

import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;

/**
 * Drives training runs through the platform's REST APIs: defines the model spec, asks for
 * a run and waits until the registry holds the version it produced. The clock runs from
 * the request to the version being readable in the registry.
 */
final class PlatformTraining {

	private final TrainingBench.Http http;

	private final String training;

	private final String registry;

	private final Duration timeout;

	PlatformTraining(TrainingBench.Http http, String training, String registry, Duration timeout) {
		this.http = http;
		this.training = training;
		this.registry = registry;
		this.timeout = timeout;
	}

	void defineModel(String model, String algorithm, String hyperparameters) throws Exception {
		String spec = """
				{"task": "classification", "dataset": "%s", "featureView": {"name": "bench-training-view"},
				 "label": "%s", "algorithm": "%s", "hyperparameters": %s,
				 "holdout": {"fraction": 0.2, "strategy": "random", "seed": 42},
				 "promotion": {"metric": "accuracy", "maxDegradation": 0.05}}""".formatted(TrainingData.DATASET,
				TrainingData.LABEL, algorithm, hyperparameters);
		HttpResponse<String> response = this.http.send("PUT", this.training + "/v1/model-specs/" + model, spec);
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException("The training service refused the model spec: " + response.body());
		}
	}

	/** Runs once and waits for version {@code version} of the model in the registry. */
	Result train(String model, int version) throws Exception {
		long start = System.nanoTime();
		long deadline = start + this.timeout.toNanos();
		JsonNode run = this.http.send("POST", this.training + "/v1/model-specs/" + model + "/runs", "{}", 202);
		String runUrl = this.training + "/v1/runs/" + run.get("id").asString();
		while (!terminal(run)) {
			pause(deadline);
			run = this.http.send("GET", runUrl, null, 200);
		}
		if (!"SUCCEEDED".equals(run.get("status").asString())) {
			throw new IllegalStateException("Run failed: " + run);
		}
		String versionUrl = this.registry + "/v1/models/" + model + "/versions/" + version;
		while (this.http.send("GET", versionUrl, null).statusCode() != 200) {
			pause(deadline);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		return new Result(seconds, run.path("metrics").path("accuracy").asDouble(Double.NaN), run);
	}

	private static boolean terminal(JsonNode run) {
		String status = run.get("status").asString();
		return "SUCCEEDED".equals(status) || "FAILED".equals(status);
	}

	private static void pause(long deadline) throws InterruptedException {
		if (System.nanoTime() > deadline) {
			throw new IllegalStateException("Timed out waiting for the run");
		}
		// polling every 50 ms costs at most that much of the measured time
		Thread.sleep(50);
	}

	/**
	 * One run through the platform.
	 *
	 * @param seconds from the run request to the registered version
	 * @param accuracy the run's hold-out accuracy
	 * @param run the run as the training service describes it (phase durations)
	 */
	record Result(double seconds, double accuracy, JsonNode run) {
	}

}
