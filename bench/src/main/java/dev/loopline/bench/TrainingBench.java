package dev.loopline.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.loopline.contracts.ValidatedRecord;
import dev.loopline.local.LocalOptions;
import dev.loopline.local.LocalPlatform;
import dev.loopline.local.LocalService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A full training run through the platform (training set defined and fetched from the
 * feature store, pipeline fitted, model trained, evaluated with the champion on the same
 * hold-out, bundled, uploaded and registered) beside the same Tribuo trainer called
 * directly on the same rows in memory, for logistic regression and XGBoost.
 */
@Command(name = "training", mixinStandardHelpOptions = true,
		description = "Training run through the platform beside the same Tribuo trainer called directly.")
final class TrainingBench implements Callable<Integer> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Option(names = "--rows", defaultValue = "100000", description = "Rows (default: ${DEFAULT-VALUE}).")
	private int rows;

	@Option(names = "--features", defaultValue = "20", description = "Features (default: ${DEFAULT-VALUE}).")
	private int features;

	@Option(names = "--algorithms", defaultValue = "logistic-regression,xgboost", split = ",",
			description = "Algorithms (default: ${DEFAULT-VALUE}).")
	private List<String> algorithms;

	@Option(names = "--runs", defaultValue = "2",
			description = "Runs of each path; the last counts, warm and with a champion to score (default: ${DEFAULT-VALUE}).")
	private int runs;

	@Option(names = "--xgboost-threads", defaultValue = "2",
			description = "XGBoost native threads on both paths (default: ${DEFAULT-VALUE}).")
	private int xgboostThreads;

	@Option(names = "--timeout", defaultValue = "PT15M", description = "Give up after (default: ${DEFAULT-VALUE}).")
	private Duration timeout;

	@Override
	public Integer call() throws Exception {
		Path data = Files.createTempDirectory("loopline-bench-");
		try (LocalPlatform platform = LocalPlatform.start(LocalOptions.ephemeral(data,
				EnumSet.of(LocalService.FEATURE_STORE, LocalService.TRAINING, LocalService.REGISTRY)))) {
			Http http = new Http(platform.apiKey());
			String featureStore = "http://localhost:" + platform.port(LocalService.FEATURE_STORE);
			http.send("POST", featureStore + "/v1/feature-views", TrainingData.view(this.features), 201);
			List<ValidatedRecord> records = TrainingData.records(this.rows, this.features, 42);
			System.out.printf("Loading %,d rows x %d features into the offline store...%n", this.rows, this.features);
			FeatureData store = new FeatureData(platform.jdbcUrl(), platform.kafkaBootstrapServers(),
					TrainingData.DATASET);
			store.publish(FeatureData.messages(records));
			if (!store.awaitOffline(this.rows, this.timeout)) {
				throw new IllegalStateException("The offline store did not reach " + this.rows + " rows");
			}
			List<TrainingReport.Line> lines = new ArrayList<>();
			for (String algorithm : this.algorithms) {
				PlatformTraining platformRuns = new PlatformTraining(http,
						"http://localhost:" + platform.port(LocalService.TRAINING),
						"http://localhost:" + platform.port(LocalService.REGISTRY), this.timeout);
				String model = "bench-" + algorithm;
				Map<String, Object> hyperparameters = "xgboost".equals(algorithm)
						? Map.of("nThread", this.xgboostThreads) : Map.of();
				platformRuns.defineModel(model, algorithm, JSON.writeValueAsString(hyperparameters));
				List<DirectTraining.Result> direct = new ArrayList<>();
				List<PlatformTraining.Result> through = new ArrayList<>();
				for (int run = 1; run <= this.runs; run++) {
					System.out.printf("%s: run %d of %d, direct then through the platform...%n", algorithm, run,
							this.runs);
					direct.add(DirectTraining.run(algorithm, hyperparameters, records, this.features, 42));
					through.add(platformRuns.train(model, run));
				}
				lines.add(new TrainingReport.Line(algorithm, direct, through));
			}
			new TrainingReport(this.rows, this.features, lines).print(System.out);
		}
		return 0;
	}

	/** JSON over HTTP with the platform's API key. */
	record Http(String apiKey) {

		private static final HttpClient CLIENT = HttpClient.newHttpClient();

		JsonNode send(String method, String url, String body, int expected) throws Exception {
			HttpResponse<String> response = send(method, url, body);
			if (response.statusCode() != expected) {
				throw new IllegalStateException(
						method + " " + url + " answered " + response.statusCode() + ": " + response.body());
			}
			return JSON.readTree(response.body());
		}

		HttpResponse<String> send(String method, String url, String body) throws Exception {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
				.header("X-API-Key", this.apiKey)
				.header("Content-Type", "application/json")
				.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
						: HttpRequest.BodyPublishers.noBody());
			return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

}
