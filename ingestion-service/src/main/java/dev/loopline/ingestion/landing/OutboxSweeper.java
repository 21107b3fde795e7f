package dev.loopline.ingestion.landing;

import java.time.Instant;
import java.util.List;

import dev.loopline.ingestion.config.IngestionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes landed rows that stayed unpublished longer than
 * {@code loopline.ingestion.republish-after}: the process died between the commit and the
 * broker's acknowledgement, or the broker was away. They are sent with their stored event
 * id, so a consumer that did see the first send drops the second as a duplicate.
 */
@Component
class OutboxSweeper {

	private static final Logger log = LoggerFactory.getLogger(OutboxSweeper.class);

	private final RawRecordRows rows;

	private final Landing landing;

	private final IngestionProperties properties;

	private final IngestionMetrics metrics;

	OutboxSweeper(RawRecordRows rows, Landing landing, IngestionProperties properties, IngestionMetrics metrics) {
		this.rows = rows;
		this.landing = landing;
		this.properties = properties;
		this.metrics = metrics;
	}

	@Scheduled(initialDelayString = "${loopline.ingestion.sweep-interval:10s}",
			fixedDelayString = "${loopline.ingestion.sweep-interval:10s}")
	void sweep() {
		try {
			Instant landedBefore = Instant.now().minus(this.properties.republishAfter());
			List<LandedRow> stale;
			do {
				stale = this.rows.unpublished(landedBefore, this.properties.chunkSize());
				if (!stale.isEmpty()) {
					log.info("Re-publishing {} landed records that were never acknowledged", stale.size());
					this.landing.publish(stale);
				}
			}
			while (stale.size() == this.properties.chunkSize() && anyMarked(stale));
			this.metrics.outboxPending(this.rows.countUnpublished());
		}
		catch (RuntimeException ex) {
			log.warn("Outbox sweep failed, retrying at the next interval: {}", ex.toString());
		}
	}

	private boolean anyMarked(List<LandedRow> stale) {
		// when the broker acknowledged nothing, stop and wait for the next interval
		return this.rows.unpublished(Instant.now(), 1).stream().noneMatch((row) -> row.seq() == stale.get(0).seq());
	}

}
