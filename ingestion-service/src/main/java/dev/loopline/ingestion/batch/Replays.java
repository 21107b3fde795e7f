package dev.loopline.ingestion.batch;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.RawRecord;
import dev.loopline.ingestion.config.IngestionProperties;
import dev.loopline.ingestion.landing.LandedRow;
import dev.loopline.ingestion.landing.RawRecordPublisher;
import dev.loopline.ingestion.landing.RawRecordRows;
import dev.loopline.servicekit.problem.ServiceUnavailableException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Replays a batch: re-publishes its landed rows (optionally only those with a given
 * outcome) as new events, with new event ids (so consumers do not drop them as
 * duplicates) and {@code replayId} set (so validation knows a repeated record id is
 * deliberate). A replay is not stored: if the broker does not acknowledge every event,
 * the call fails with 503 and can simply be repeated.
 */
@Service
class Replays {

	private final RawRecordRows rows;

	private final RawRecordPublisher publisher;

	private final IngestionProperties properties;

	Replays(RawRecordRows rows, RawRecordPublisher publisher, IngestionProperties properties) {
		this.rows = rows;
		this.publisher = publisher;
		this.properties = properties;
	}

	/**
	 * The result of a replay.
	 *
	 * @param replayId the id carried by every replayed RawRecord
	 * @param batchId the batch replayed
	 * @param outcome the outcome the rows were filtered on, or {@code null} for all
	 * @param republished how many records were published again
	 */
	record Replay(UUID replayId, String batchId, @Nullable String outcome, long republished) {

	}

	Replay replay(String batchId, @Nullable String outcome) {
		UUID replayId = UUID.randomUUID();
		long published = 0;
		long afterSeq = 0;
		List<LandedRow> page;
		do {
			page = this.rows.ofBatch(batchId, afterSeq, outcome, this.properties.chunkSize());
			if (page.isEmpty()) {
				break;
			}
			List<RawRecord> events = page.stream().map((row) -> replayed(row.record(), replayId)).toList();
			Set<UUID> acked = this.publisher.publish(events, this.properties.publishTimeout());
			published += acked.size();
			if (acked.size() < events.size()) {
				throw new ServiceUnavailableException(Duration.ofSeconds(30), "Replay " + replayId + " of batch '"
						+ batchId + "' stopped after " + published + " records: the broker did not acknowledge them.");
			}
			afterSeq = page.get(page.size() - 1).seq();
		}
		while (page.size() == this.properties.chunkSize());
		return new Replay(replayId, batchId, outcome, published);
	}

	private static RawRecord replayed(RawRecord record, UUID replayId) {
		return new RawRecord(EventMetadata.create(record.metadata().correlationId()), record.dataset(),
				record.recordId(), record.entityId(), record.batchId(), record.ingestedAt(), record.source(),
				record.fields(), replayId);
	}

}
