package dev.loopline.featurestore.materialization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.loopline.featurestore.offline.OfflineRow;
import dev.loopline.featurestore.offline.OfflineStore;
import dev.loopline.featurestore.online.OnlineRow;
import dev.loopline.featurestore.online.OnlineStore;
import dev.loopline.featurestore.view.FeatureViewCatalog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Materializes records in two steps, each its own transaction. (1) Append to the offline
 * store (duplicates of stored records are dropped there) and, in the same transaction,
 * mark the entities that got new records as due for an online refresh (when their dataset
 * has views). (2) Refresh due entities: recompute their online rows from the offline
 * store, take off the queue those no append marked again meanwhile, upsert theirs; the
 * {@link OnlineWorker} does this in the background, so the consumer goes on appending
 * while the previous chunk's entities are refreshed, and a push does it at once for its
 * own entities. A crash after (1) leaves the entities due; a redelivered or replayed
 * record appends nothing and marks nothing.
 */
@Service
public class Materializer {

	private final OfflineStore offline;

	private final OnlineStore online;

	private final OnlineQueue queue;

	private final OnlineRefresher refresher;

	private final FeatureViewCatalog catalog;

	private final MaterializationMetrics metrics;

	private final TransactionTemplate transactions;

	Materializer(OfflineStore offline, OnlineStore online, OnlineQueue queue, OnlineRefresher refresher,
			FeatureViewCatalog catalog, MaterializationMetrics metrics, TransactionTemplate transactions) {
		this.offline = offline;
		this.online = online;
		this.queue = queue;
		this.refresher = refresher;
		this.catalog = catalog;
		this.metrics = metrics;
		this.transactions = transactions;
	}

	/**
	 * Appends records to the offline store and marks their entities due.
	 * @return the records appended (the others were already stored)
	 */
	public List<OfflineRow> append(List<OfflineRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<OfflineRow> appended = this.transactions.execute((status) -> {
			List<OfflineRow> fresh = this.offline.append(rows);
			entities(fresh).forEach((dataset, entities) -> {
				if (!this.catalog.ofDataset(dataset).isEmpty()) {
					this.queue.mark(dataset, entities);
				}
			});
			return fresh;
		});
		this.metrics.appended(appended);
		return appended;
	}

	/** Refreshes the online rows of the entities of some records now, due or not. */
	public void refreshNow(List<OfflineRow> records) {
		Map<String, Set<String>> entities = entities(records);
		List<OnlineRow> rows = new ArrayList<>();
		this.transactions.executeWithoutResult((status) -> {
			entities.forEach(this.queue::take);
			entities.forEach((dataset, ids) -> rows.addAll(this.refresher.refresh(dataset, ids)));
			this.online.upsert(rows);
		});
		committed(rows);
	}

	/**
	 * Refreshes up to {@code limit} due entities: reads them and computes their rows
	 * first, then takes those still due in the version read and upserts only theirs (see
	 * {@link OnlineQueue}).
	 * @return how many were taken
	 */
	int refreshDue(int limit) {
		List<OnlineRow> rows = new ArrayList<>();
		int taken = this.transactions.execute((status) -> {
			Map<String, Set<String>> due = new LinkedHashMap<>();
			List<OnlineQueue.Due> read = this.queue.due(limit);
			read.forEach((entity) -> due.computeIfAbsent(entity.dataset(), (dataset) -> new LinkedHashSet<>())
				.add(entity.entityId()));
			Map<String, List<OnlineRow>> computed = new LinkedHashMap<>();
			due.forEach((dataset, ids) -> computed.put(dataset, this.refresher.refresh(dataset, ids)));
			Map<String, Set<String>> took = this.queue.take(read);
			computed.forEach((dataset, candidates) -> candidates.stream()
				.filter((row) -> took.getOrDefault(dataset, Set.of()).contains(row.entityId()))
				.forEach(rows::add));
			this.online.upsert(rows);
			return took.values().stream().mapToInt(Set::size).sum();
		});
		committed(rows);
		return taken;
	}

	private void committed(List<OnlineRow> rows) {
		this.online.cache(rows);
		this.metrics.materialized(rows);
	}

	private static Map<String, Set<String>> entities(List<OfflineRow> rows) {
		return rows.stream()
			.collect(Collectors.groupingBy(OfflineRow::dataset,
					Collectors.mapping(OfflineRow::entityId, Collectors.toCollection(LinkedHashSet::new))));
	}

}
