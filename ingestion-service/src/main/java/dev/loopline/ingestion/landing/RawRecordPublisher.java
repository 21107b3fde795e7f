package dev.loopline.ingestion.landing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import dev.loopline.contracts.CloudEventHeaders;
import dev.loopline.contracts.EventCodec;
import dev.loopline.contracts.RawRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes RawRecords to the destination of the {@code rawRecords} binding
 * ({@code loopline.records.raw}) and waits for the broker's acknowledgements of the whole
 * chunk. A record not acknowledged in time counts as unpublished: its row stays unmarked
 * and the outbox sweeper sends it again with the same event id.
 */
@Component
public class RawRecordPublisher {

	static final String BINDING = "rawRecords";

	private static final Logger log = LoggerFactory.getLogger(RawRecordPublisher.class);

	private static final String SOURCE = CloudEventHeaders.source("ingestion");

	private final KafkaTemplate<byte[], byte[]> template;

	private final EventCodec codec;

	private final String topic;

	RawRecordPublisher(KafkaTemplate<byte[], byte[]> rawRecordsTemplate, EventCodec codec,
			BindingServiceProperties bindings) {
		this.template = rawRecordsTemplate;
		this.codec = codec;
		this.topic = bindings.getBindingDestination(BINDING);
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
				sent.put(record.metadata().eventId(), this.template.send(producerRecord(record)));
			}
			CompletableFuture.allOf(sent.values().toArray(CompletableFuture[]::new))
				.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | ExecutionException | RuntimeException ex) {
			log.warn("Not every record of a chunk was acknowledged ({}); the outbox sweeper will send the rest",
					ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return sent.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().isDone() && !entry.getValue().isCompletedExceptionally())
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	private ProducerRecord<byte[], byte[]> producerRecord(RawRecord record) {
		ProducerRecord<byte[], byte[]> producerRecord = new ProducerRecord<>(this.topic, null,
				record.key().getBytes(StandardCharsets.UTF_8), this.codec.encode(record));
		CloudEventHeaders.bytesOf(record, SOURCE).forEach(producerRecord.headers()::add);
		return producerRecord;
	}

}
