package dev.loopline.ingestion.landing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.loopline.contracts.RawRecord;
import dev.loopline.ingestion.config.IngestionProperties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lands records and publishes them: one transaction inserts the records (in chunks of
 * {@code loopline.ingestion.chunk-size}), enters them in the outbox and adds to the batch
 * counters; after the commit the landed rows are published in the background
 * ({@link BackgroundPublication}) and, once acknowledged, taken out of the outbox.
 * Publishing never happens inside the transaction, so a rolled-back record is never on
 * Kafka, and a crash after the commit is repaired by {@link OutboxSweeper}.
 */
@Service
public class Landing {

	private final LandingRepository repository;

	private final RawRecordPublisher publisher;

	private final BackgroundPublication background;

	private final TransactionTemplate transaction;

	private final IngestionProperties properties;

	private final IngestionMetrics metrics;

	private final Clock clock = Clock.systemUTC();

	Landing(LandingRepository repository, RawRecordPublisher publisher, BackgroundPublication background,
			TransactionTemplate transaction, IngestionProperties properties, IngestionMetrics metrics) {
		this.repository = repository;
		this.publisher = publisher;
		this.background = background;
		this.transaction = transaction;
		this.properties = properties;
		this.metrics = metrics;
	}

	/**
	 * Opens a batch for a streamed upload, marked as receiving until
	 * {@link #finish(BatchRef)}.
	 * @param batch the batch
	 */
	public void open(BatchRef batch) {
		this.transaction.executeWithoutResult((status) -> this.repository.ensureBatch(batch, true));
	}

	/**
	 * Marks a streamed upload as complete.
	 * @param batch the batch
	 */
	public void finish(BatchRef batch) {
		this.repository.finishReceiving(batch.id());
	}

	/**
	 * Lands the records atomically (all or none), then publishes the new ones.
	 * @param batch the batch they belong to (created if new)
	 * @param records the records
	 * @return how many were new and how many duplicates
	 */
	public LandingResult land(BatchRef batch, List<IncomingRecord> records) {
		Instant now = this.clock.instant();
		List<LandedRow> landed = this.transaction.execute((status) -> {
			this.repository.ensureBatch(batch, false);
			List<LandedRow> rows = new ArrayList<>(records.size());
			for (List<IncomingRecord> chunk : chunks(records)) {
				rows.addAll(this.repository.insert(batch, chunk, now));
			}
			this.repository.count(batch.id(), rows.size(), records.size() - rows.size(), 0);
			return rows;
		});
		LandingResult result = new LandingResult(records.size(), landed.size(), records.size() - landed.size());
		this.metrics.landed(batch, result);
		if (this.properties.publishAfterCommit()) {
			chunks(landed).forEach(this.background::publish);
		}
		return result;
	}

	/**
	 * Stores lines of an upload that could not be read as records.
	 * @param batch the batch
	 * @param lines the rejected lines
	 */
	public void reject(BatchRef batch, List<RejectedLine> lines) {
		if (lines.isEmpty()) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			this.repository.ensureBatch(batch, false);
			this.repository.reject(batch.id(), lines);
			this.repository.count(batch.id(), 0, 0, lines.size());
		});
		this.metrics.malformed(batch, lines.size());
	}

	/**
	 * Publishes landed rows in chunks, waiting for each chunk's acknowledgements, and
	 * takes the acknowledged ones out of the outbox (the sweeper's way).
	 * @param rows the rows
	 */
	void publish(List<LandedRow> rows) {
		for (List<LandedRow> chunk : chunks(rows)) {
			List<RawRecord> events = chunk.stream().map(LandedRow::record).toList();
			Set<UUID> acked = this.publisher.publish(events, this.properties.publishTimeout());
			this.repository.markPublished(chunk.stream()
				.filter((row) -> acked.contains(row.record().metadata().eventId()))
				.map(LandedRow::seq)
				.toList());
		}
	}

	private <T> List<List<T>> chunks(List<T> items) {
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < items.size(); from += this.properties.chunkSize()) {
			chunks.add(items.subList(from, Math.min(items.size(), from + this.properties.chunkSize())));
		}
		return chunks;
	}

}
