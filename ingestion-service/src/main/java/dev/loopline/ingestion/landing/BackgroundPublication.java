package dev.loopline.ingestion.landing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.loopline.ingestion.config.IngestionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Publishes committed rows without holding up the caller: a chunk's sends start at once,
 * and when the broker has acknowledged them a single background thread takes the
 * acknowledged rows out of the outbox. The caller (a Kafka poll, a request) goes on to
 * its next chunk meanwhile; durability does not depend on it, as the rows are committed
 * and stay in {@code raw_pending} until acknowledged, so the sweeper republishes whatever
 * a crash or a broker outage left behind. At most
 * {@code loopline.ingestion.publish-in-flight} chunks are awaiting acknowledgements; a
 * caller that cannot get a slot within the publish timeout leaves its rows to the
 * sweeper.
 */
@Component
class BackgroundPublication implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(BackgroundPublication.class);

	private final RawRecordPublisher publisher;

	private final LandingRepository repository;

	private final IngestionProperties properties;

	private final Semaphore inFlight;

	private final ExecutorService marker = Executors
		.newSingleThreadExecutor((task) -> new Thread(task, "ingestion-outbox-marker"));

	BackgroundPublication(RawRecordPublisher publisher, LandingRepository repository, IngestionProperties properties) {
		this.publisher = publisher;
		this.repository = repository;
		this.properties = properties;
		this.inFlight = new Semaphore(properties.publishInFlight());
	}

	/**
	 * Starts publishing one chunk of committed rows.
	 * @param chunk the rows
	 */
	void publish(List<LandedRow> chunk) {
		if (chunk.isEmpty() || !acquire()) {
			return;
		}
		Map<Long, CompletableFuture<?>> sends = new LinkedHashMap<>();
		try {
			for (LandedRow row : chunk) {
				sends.put(row.seq(), this.publisher.send(row.record()));
			}
		}
		catch (RuntimeException ex) {
			log.warn("A chunk could not be sent in full ({}); the outbox sweeper will send the rest", ex.toString());
		}
		CompletableFuture.allOf(sends.values().toArray(CompletableFuture[]::new))
			.handleAsync((ignored, failure) -> markAcknowledged(sends), this.marker)
			.whenComplete((ignored, failure) -> this.inFlight.release());
	}

	private boolean acquire() {
		try {
			return this.inFlight.tryAcquire(this.properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private Void markAcknowledged(Map<Long, CompletableFuture<?>> sends) {
		List<Long> acknowledged = new ArrayList<>(sends.size());
		sends.forEach((seq, send) -> {
			if (!send.isCompletedExceptionally()) {
				acknowledged.add(seq);
			}
		});
		if (acknowledged.size() < sends.size()) {
			log.warn("{} of {} records were not acknowledged; the outbox sweeper will send them again",
					sends.size() - acknowledged.size(), sends.size());
		}
		try {
			this.repository.markPublished(acknowledged);
		}
		catch (RuntimeException ex) {
			// the rows stay in the outbox: the sweeper sends them again, with the same
			// ids
			log.warn("Could not take {} acknowledged records out of the outbox: {}", acknowledged.size(),
					ex.toString());
		}
		return null;
	}

	@Override
	public void destroy() {
		this.marker.shutdown();
	}

}
