package dev.loopline.featurestore.push;

import java.time.Clock;
import java.util.List;

import dev.loopline.featurestore.config.FeatureStoreProperties;
import dev.loopline.featurestore.materialization.Materializer;
import dev.loopline.featurestore.offline.OfflineRow;
import dev.loopline.featurestore.view.FeatureView;
import dev.loopline.featurestore.view.FeatureViewCatalog;
import dev.loopline.servicekit.problem.BadRequestException;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Push API: {@code POST /v1/feature-views/{name}/push} (role {@code ingest} or
 * {@code operate}). Pushed rows become records of the view's dataset and go through the
 * same materialization as validated records (offline store, then the online rows of every
 * view on the dataset), so they also appear in later training sets.
 */
@RestController
class PushController {

	private final FeatureViewCatalog catalog;

	private final Materializer materializer;

	private final int maxRows;

	private final Clock clock = Clock.systemUTC();

	PushController(FeatureViewCatalog catalog, Materializer materializer, FeatureStoreProperties properties) {
		this.catalog = catalog;
		this.materializer = materializer;
		this.maxRows = properties.maxPushRows();
	}

	@PostMapping("/v1/feature-views/{name}/push")
	PushResult push(@PathVariable String name, @RequestBody PushRequest request) {
		FeatureView view = this.catalog.resolve(name, request.version());
		if (request.rows() == null || request.rows().isEmpty() || request.rows().size() > this.maxRows) {
			throw new BadRequestException("invalid-push", "Invalid push",
					"'rows' must hold 1 to " + this.maxRows + " rows");
		}
		List<OfflineRow> records = PushedRecords.of(view.spec(), request.rows(), this.clock.instant());
		List<OfflineRow> stored = this.materializer.append(records);
		// read-your-writes: the pushed entities' online rows are refreshed before
		// answering
		this.materializer.refreshNow(stored);
		return new PushResult(records.size(), stored.size(), records.size() - stored.size());
	}

	/**
	 * What a push did.
	 *
	 * @param received rows received
	 * @param stored rows stored
	 * @param duplicates rows already stored before (same entity, time and values)
	 */
	record PushResult(int received, int stored, int duplicates) {
	}

}
