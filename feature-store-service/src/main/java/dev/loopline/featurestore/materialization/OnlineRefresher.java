package dev.loopline.featurestore.materialization;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.loopline.featurestore.assembly.RowAssembler;
import dev.loopline.featurestore.assembly.StoredEvent;
import dev.loopline.featurestore.offline.OfflineStore;
import dev.loopline.featurestore.online.OnlineRow;
import dev.loopline.featurestore.view.FeatureView;
import dev.loopline.featurestore.view.FeatureViewCatalog;

import org.springframework.stereotype.Component;

/**
 * Recomputes the online rows of the entities a chunk touched, for every version of every
 * view on the dataset, from the offline store (the source of truth): each entity's newest
 * record by event time (a late older record never wins) with the aggregates as of its
 * event time over the history up to then (a late record inside a window does count).
 * Recomputing instead of updating in place makes it exact, idempotent and restart-safe.
 */
@Component
class OnlineRefresher {

	private final FeatureViewCatalog catalog;

	private final OfflineStore offline;

	OnlineRefresher(FeatureViewCatalog catalog, OfflineStore offline) {
		this.catalog = catalog;
		this.offline = offline;
	}

	/** Runs in the refresh's transaction; freezes each view version it materializes. */
	List<OnlineRow> refresh(String dataset, Collection<String> entities) {
		List<FeatureView> views = this.catalog.ofDataset(dataset);
		if (views.isEmpty() || entities.isEmpty()) {
			return List.of();
		}
		List<RowAssembler> assemblers = views.stream().map((view) -> new RowAssembler(view.spec())).toList();
		Duration lookback = assemblers.stream()
			.map(RowAssembler::lookback)
			.max(Duration::compareTo)
			.orElse(Duration.ZERO);
		List<String> sources = assemblers.stream()
			.flatMap((assembler) -> assembler.aggregateSources().stream())
			.distinct()
			.toList();
		Map<String, List<StoredEvent>> histories = this.offline.recentHistory(dataset, entities, lookback, sources);
		List<OnlineRow> rows = new ArrayList<>(histories.size() * views.size());
		for (int i = 0; i < views.size(); i++) {
			FeatureView view = views.get(i);
			RowAssembler assembler = assemblers.get(i);
			histories.forEach((entity, history) -> rows.add(row(view, assembler, entity, history)));
			this.catalog.markUsed(view);
		}
		return rows;
	}

	private static OnlineRow row(FeatureView view, RowAssembler assembler, String entity, List<StoredEvent> history) {
		StoredEvent newest = history.get(history.size() - 1);
		Map<String, Double> aggregates = assembler.aggregatesAsOf(history, newest.eventTime());
		return new OnlineRow(view.name(), view.version(), entity, newest.eventTime(), newest.seq(),
				assembler.featureValues(newest.fields(), aggregates));
	}

}
