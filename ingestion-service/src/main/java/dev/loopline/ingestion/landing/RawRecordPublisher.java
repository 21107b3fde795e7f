package dev.loopline.ingestion.landing;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import dev.loopline.contracts.RawRecord;
import dev.loopline.servicekit.kafka.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Publishes RawRecords to the destination of the {@code rawRecords} binding
 * ({@code loopline.records.raw}) through the kit's {@link EventPublisher} and waits for
 * the broker's acknowledgements of the whole chunk. A record not acknowledged in time
 * counts as unpublished: it stays in the outbox and the sweeper sends it again with the
 * same event id.
 */
@Component
public class RawRecordPublisher {

	static final String BINDING = "rawRecords";

	private static final Logger log = LoggerFactory.getLogger(RawRecordPublisher.class);

	private final EventPublisher publisher;

	RawRecordPublisher(EventPublisher publisher) {
		this.publisher = publisher;
	}

	/**
	 * Sends the records and waits for their acknowledgements.
	 * @param records the events to publish
	 * @param timeout how long to wait for all acknowledgements
	 * @return the event ids the broker acknowledged
	 */
	public Set<UUID> publish(List<RawRecord> records, Duration timeout) {
		Map<UUID, CompletableFuture<?>> sent = new LinkedHashMap<>();
		try {
			for (RawRecord record : records) {
				sent.put(record.metadata().eventId(), this.publisher.send(BINDING, record));
			}
			EventPublisher.awaitAll(sent.values(), timeout);
		}
		catch (RuntimeException ex) {
			// EventPublishingException, or a send that failed synchronously
			// (serialization, buffer full)
			log.warn("Not every record of a chunk was acknowledged ({}); the outbox sweeper will send the rest",
					ex.toString());
		}
		return acknowledged(sent);
	}

	/**
	 * Starts sending one record.
	 * @param record the event
	 * @return completes when the broker acknowledged it
	 */
	CompletableFuture<?> send(RawRecord record) {
		return this.publisher.send(BINDING, record);
	}

	private static Set<UUID> acknowledged(Map<UUID, CompletableFuture<?>> sent) {
		return sent.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().isDone() && !entry.getValue().isCompletedExceptionally())
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

}
