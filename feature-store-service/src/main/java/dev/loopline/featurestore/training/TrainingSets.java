package dev.loopline.featurestore.training;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

import dev.loopline.featurestore.assembly.RowAssembler;
import dev.loopline.featurestore.config.FeatureStoreProperties;
import dev.loopline.featurestore.offline.OfflineStore;
import dev.loopline.featurestore.view.FeatureView;
import dev.loopline.featurestore.view.FeatureViewCatalog;
import dev.loopline.servicekit.problem.BadRequestException;
import dev.loopline.servicekit.problem.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Defines training sets and produces their rows. Defining one sweeps its rows once to
 * count and hash them, then stores the definition and freezes the view version; reading
 * the rows sweeps again with the stored watermark, which gives the same rows, because the
 * offline store is append-only and rows past the watermark are left out (also from the
 * aggregates' history).
 */
@Service
class TrainingSets {

	private static final Instant BEGINNING = Instant.parse("0001-01-01T00:00:00Z");

	private static final Instant END = Instant.parse("9999-12-31T23:59:59Z");

	// PostgreSQL keeps microseconds: the sweep's open lower bound must sit one below from
	private static final Duration ONE_MICROSECOND = Duration.ofNanos(1000);

	private final FeatureViewCatalog catalog;

	private final OfflineStore offline;

	private final TrainingSetRepository repository;

	private final TransactionTemplate transactions;

	private final int fetchSize;

	private final TransactionTemplate snapshot;

	private final Clock clock = Clock.systemUTC();

	TrainingSets(FeatureViewCatalog catalog, OfflineStore offline, TrainingSetRepository repository,
			TransactionTemplate transactions, FeatureStoreProperties properties) {
		this.catalog = catalog;
		this.offline = offline;
		this.repository = repository;
		this.transactions = transactions;
		this.fetchSize = properties.trainingFetchSize();
		this.snapshot = new TransactionTemplate(transactions.getTransactionManager());
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setReadOnly(true);
	}

	TrainingSet define(TrainingSetRequest request) {
		if (request.view() == null || request.view().isBlank()) {
			throw invalid("'view' is required");
		}
		FeatureView view = this.catalog.resolve(request.view(), request.version());
		String label = label(view, request.label());
		// PostgreSQL keeps microseconds: bounds finer than that would count and sweep
		// apart
		request = request.truncatedToMicros();
		if (request.from() != null && request.to() != null && !request.from().isBefore(request.to())) {
			throw invalid("'from' must be before 'to'");
		}
		long max = this.offline.maxSeq();
		long watermark = (request.watermark() != null) ? request.watermark() : max;
		if (watermark < 0 || watermark > max) {
			throw new BadRequestException("watermark-ahead", "Watermark out of range",
					"Watermark " + watermark + " is not in [0, " + max
							+ "], the offline store's current range; a later one would not reproduce");
		}
		if (request.last() != null && request.last() < 1) {
			throw invalid("'last' must be at least 1, was " + request.last());
		}
		CanonicalRows rows = new CanonicalRows();
		SortedSet<Integer> contractVersions = new TreeSet<>();
		sweep(view, label, watermark, request.from(), request.to(), request.last(), (source, row) -> {
			rows.add(row);
			if (source.contractVersion() != null) {
				contractVersions.add(source.contractVersion());
			}
		});
		TrainingSet set = new TrainingSet(UUID.randomUUID(), view.name(), view.version(), label, watermark,
				request.from(), request.to(), rows.count(), rows.hash(), this.clock.instant(), request.last(),
				List.copyOf(contractVersions));
		this.transactions.executeWithoutResult((status) -> {
			this.repository.insert(set);
			this.catalog.markUsed(view);
		});
		return set;
	}

	TrainingSet find(UUID id) {
		return this.repository.find(id).orElseThrow(() -> new NotFoundException("training-set", id.toString()));
	}

	/** The column names of a set's values, for CSV. */
	RowAssembler assembler(TrainingSet set) {
		return new RowAssembler(this.catalog.version(set.view(), set.version()).spec());
	}

	void rows(TrainingSet set, Consumer<TrainingRow> sink) {
		FeatureView view = this.catalog.version(set.view(), set.version());
		sweep(view, set.label(), set.watermark(), set.from(), set.to(), set.last(), (source, row) -> sink.accept(row));
	}

	/**
	 * Sweeps the rows; with {@code last}, the rows before the last ones are still
	 * computed (their records feed later rows' aggregates) but not handed on. The count
	 * that decides how many to skip and the sweep read one snapshot (repeatable read), so
	 * a chunk committing in between cannot shift the window.
	 */
	private void sweep(FeatureView view, String label, long watermark, @Nullable Instant from, @Nullable Instant to,
			@Nullable Long last, TrainingSweep.RowSink sink) {
		this.snapshot.executeWithoutResult((status) -> sweepInSnapshot(view, label, watermark, from, to, last, sink));
	}

	private void sweepInSnapshot(FeatureView view, String label, long watermark, @Nullable Instant from,
			@Nullable Instant to, @Nullable Long last, TrainingSweep.RowSink sink) {
		RowAssembler assembler = new RowAssembler(view.spec());
		long skip = (last != null) ? Math.max(0,
				this.offline.countLabelled(view.dataset(), watermark, label, from, (to != null) ? to : END) - last) : 0;
		long[] seen = { 0 };
		TrainingSweep sweep = new TrainingSweep(assembler, label, from, (source, row) -> {
			if (seen[0]++ >= skip) {
				sink.accept(source, row);
			}
		});
		Instant after = (from != null) ? from.minus(assembler.lookback()).minus(ONE_MICROSECOND) : BEGINNING;
		this.offline.sweep(view.dataset(), watermark, after, (to != null) ? to : END, this.fetchSize, sweep::accept);
		sweep.finish();
	}

	private static String label(FeatureView view, String label) {
		if (label == null || label.isBlank()) {
			throw invalid("'label' is required: the record field holding the label");
		}
		if (new RowAssembler(view.spec()).sourceColumns().contains(label)) {
			throw invalid("Label '" + label + "' is a source field of feature view '" + view.name()
					+ "': a model must not see its label as a feature");
		}
		return label;
	}

	private static BadRequestException invalid(String detail) {
		return new BadRequestException("invalid-training-set", "Invalid training set", detail);
	}

}
