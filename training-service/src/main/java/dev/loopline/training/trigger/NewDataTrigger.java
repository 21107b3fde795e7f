package dev.loopline.training.trigger;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import dev.loopline.contracts.TrainingTrigger;
import dev.loopline.training.client.FeatureStoreClient;
import dev.loopline.training.client.OfflineStats;
import dev.loopline.training.run.RunRepository;
import dev.loopline.training.run.RunRequest;
import dev.loopline.training.run.RunRequests;
import dev.loopline.training.spec.ModelSpec;
import dev.loopline.training.spec.ModelSpecVersion;
import dev.loopline.training.spec.ModelSpecs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The new-data threshold: for each model that declares one, asks the feature store how
 * many records of its dataset arrived after the offline-store watermark of the model's
 * last run, and requests a run when they reach the threshold. A poll is not an event: it
 * asks again later, so it does not leave a skipped run behind while a run is queued or
 * the model is in its cooldown (the request path would skip it anyway).
 */
@Component
class NewDataTrigger {

	private static final Logger log = LoggerFactory.getLogger(NewDataTrigger.class);

	private final ModelSpecs specs;

	private final RunRepository runs;

	private final RunRequests requests;

	private final FeatureStoreClient featureStore;

	private final Clock clock;

	NewDataTrigger(ModelSpecs specs, RunRepository runs, RunRequests requests, FeatureStoreClient featureStore,
			Clock clock) {
		this.specs = specs;
		this.runs = runs;
		this.requests = requests;
		this.featureStore = featureStore;
		this.clock = clock;
	}

	void poll() {
		for (ModelSpecVersion version : this.specs.latestOfEach()) {
			ModelSpec spec = version.spec().withDefaults();
			Long threshold = spec.triggers().newDataThreshold();
			if (threshold != null && spec.dataset() != null) {
				try {
					check(version.name(), spec, threshold);
				}
				catch (RuntimeException ex) {
					log.warn("New-data check of model {} failed: {}", version.name(), ex.getMessage());
				}
			}
		}
	}

	private void check(String model, ModelSpec spec, long threshold) {
		if (this.runs.activeOrCoolingDown(model, this.clock.instant(), spec.triggers().cooldown())) {
			return;
		}
		long watermark = this.runs.lastWatermark(model).orElse(0L);
		OfflineStats stats = this.featureStore.offline(String.valueOf(spec.dataset()), watermark);
		if (stats.recordsSince() >= threshold) {
			this.requests.request(new RunRequest(model, TrainingTrigger.NEW_DATA, "new-data-trigger",
					UUID.randomUUID().toString(), null, stats.recordsSince() + " new records in dataset "
							+ stats.dataset() + " since sequence " + watermark + " (threshold " + threshold + ")",
					Map.of()));
		}
	}

}
