package dev.loopline.ingestion.intake;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.loopline.contracts.CloudEventHeaders;
import dev.loopline.contracts.RecordSource;
import dev.loopline.contracts.Topics;
import dev.loopline.ingestion.config.DatabaseRetry;
import dev.loopline.ingestion.landing.BatchRef;
import dev.loopline.ingestion.landing.IncomingRecord;
import dev.loopline.ingestion.landing.Landing;
import dev.loopline.ingestion.landing.RecordIdentity;
import dev.loopline.servicekit.kafka.EventListeners.JsonRecord;
import dev.loopline.servicekit.kafka.LooplineKafkaProperties;
import dev.loopline.servicekit.kafka.NonRetryableEventException;

import org.springframework.core.retry.RetryTemplate;
import org.springframework.messaging.MessageHeaders;
import org.springframework.stereotype.Component;

/**
 * Identifies and lands records from Kafka producers. Record id: the
 * {@code loopline-record-id} header, else derived from content; entity id: the Kafka key;
 * correlation id: the {@code ce_correlationid} header, else a new one. Kafka input has no
 * natural batch, so records land in one batch per dataset and hour
 * ({@code kafka-<dataset>-yyyyMMddHH}, UTC), which keeps batch status meaningful.
 */
@Component
class KafkaIntake {

	/** Header carrying a producer-chosen record id. */
	static final String RECORD_ID_HEADER = "loopline-record-id";

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMddHH");

	private final Landing landing;

	private final String topicPrefix;

	private final RetryTemplate retry = DatabaseRetry.create();

	KafkaIntake(Landing landing, LooplineKafkaProperties kafka) {
		this.landing = landing;
		this.topicPrefix = kafka.topicPrefix();
	}

	Poll newPoll() {
		return new Poll();
	}

	static String batchId(String dataset, ZonedDateTime at) {
		return "kafka-" + dataset + "-" + at.withZoneSameInstant(ZoneOffset.UTC).format(HOUR);
	}

	/** The records of one poll, grouped by dataset. */
	final class Poll {

		private final Map<String, List<IncomingRecord>> byDataset = new LinkedHashMap<>();

		void add(JsonRecord record, MessageHeaders headers) {
			String dataset = Topics.ingestDataset(KafkaIntake.this.topicPrefix, record.topic())
				.orElseThrow(() -> new NonRetryableEventException(
						"Topic '" + record.topic() + "' is not an ingest topic with a valid dataset name"));
			try {
				String recordId = CloudEventHeaders.get(headers, RECORD_ID_HEADER)
					.map((id) -> RecordIdentity.checked(id, "header " + RECORD_ID_HEADER))
					.orElseGet(() -> RecordIdentity.derive(dataset, record.fields()));
				String entityId = (record.key() != null) ? RecordIdentity.checked(record.key(), "the Kafka key") : null;
				String correlationId = CloudEventHeaders.correlationId(headers)
					.filter((id) -> !id.isBlank() && id.length() <= 128)
					.orElseGet(() -> UUID.randomUUID().toString());
				this.byDataset.computeIfAbsent(dataset, (name) -> new ArrayList<>())
					.add(new IncomingRecord(recordId, entityId, correlationId, record.fields()));
			}
			catch (IllegalArgumentException ex) {
				throw new NonRetryableEventException("The record cannot be identified: " + ex.getMessage(), ex);
			}
		}

		void land() {
			ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
			this.byDataset.forEach((dataset, records) -> KafkaIntake.this.retry.invoke(() -> KafkaIntake.this.landing
				.land(new BatchRef(batchId(dataset, now), dataset, RecordSource.KAFKA), records)));
		}

	}

}
