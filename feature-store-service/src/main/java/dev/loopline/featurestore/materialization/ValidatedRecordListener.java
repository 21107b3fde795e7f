package dev.loopline.featurestore.materialization;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import dev.loopline.contracts.ValidatedRecord;
import dev.loopline.featurestore.config.FeatureStoreProperties;
import dev.loopline.featurestore.offline.OfflineRow;
import dev.loopline.servicekit.kafka.EventListeners;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.messaging.Message;

/**
 * Consumes {@code loopline.records.validated} (binding {@code materializeRecord-in-0}) in
 * batch mode: the kit's {@code EventListeners.ofBatch} decodes the poll record by record
 * and dead-letters an undecodable record alone to {@code records.validated.dlq} (in batch
 * mode the binder would dead-letter the whole poll), and the rest is materialized as one
 * chunk, retried in place with back-off if the database fails (safe: appending is
 * idempotent). The offsets are committed only after the chunk's transaction, so a crash
 * means redelivery, which appends nothing twice; the online rows follow in the background
 * ({@link OnlineWorker}).
 */
@Configuration(proxyBeanMethods = false)
class ValidatedRecordListener {

	@Bean
	Consumer<Message<List<byte[]>>> materializeRecord(EventListeners listeners, Materializer materializer,
			OnlineWorker online, FeatureStoreProperties properties) {
		RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
			.maxRetries(properties.chunkRetries())
			.delay(properties.chunkRetryDelay())
			.multiplier(2)
			.maxDelay(Duration.ofSeconds(10))
			.build());
		return listeners.ofBatch(ValidatedRecord.class, (records) -> {
			List<OfflineRow> rows = records.stream().map(ValidatedRecordListener::row).toList();
			retry.invoke(() -> materializer.append(rows));
			online.wake();
		});
	}

	static OfflineRow row(ValidatedRecord record) {
		return new OfflineRow(record.dataset(), record.entityId(), record.recordId(),
				(record.eventTime() != null) ? record.eventTime() : record.ingestedAt(), record.ingestedAt(),
				record.fields(), record.contractVersion());
	}

}
