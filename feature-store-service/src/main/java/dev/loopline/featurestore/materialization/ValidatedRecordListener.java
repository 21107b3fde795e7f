package dev.loopline.featurestore.materialization;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.loopline.contracts.EventCodec;
import dev.loopline.contracts.EventType;
import dev.loopline.contracts.Topics;
import dev.loopline.contracts.ValidatedRecord;
import dev.loopline.featurestore.config.FeatureStoreProperties;
import dev.loopline.featurestore.offline.OfflineRow;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Consumes {@code loopline.records.validated} (binding {@code materializeRecord-in-0}) in
 * batch mode: one poll is decoded record by record, an undecodable record is
 * dead-lettered alone to {@code records.validated.dlq} (in batch mode the binder would
 * dead-letter the whole poll), and the rest is materialized as one chunk, retried in
 * place with back-off if the database fails (safe: appending is idempotent). The offsets
 * are committed only after the chunk's transaction, so a crash means redelivery, which
 * appends nothing twice; the online rows follow in the background ({@link OnlineWorker}).
 */
@Configuration(proxyBeanMethods = false)
class ValidatedRecordListener {

	private static final Logger log = LoggerFactory.getLogger(ValidatedRecordListener.class);

	@Bean
	Consumer<Message<List<byte[]>>> materializeRecord(Materializer materializer, OnlineWorker online, EventCodec codec,
			StreamBridge streamBridge, MeterRegistry registry, FeatureStoreProperties properties) {
		RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
			.maxRetries(properties.chunkRetries())
			.delay(properties.chunkRetryDelay())
			.multiplier(2)
			.maxDelay(Duration.ofSeconds(10))
			.build());
		return (message) -> {
			List<OfflineRow> rows = new ArrayList<>();
			Map<String, Integer> consumed = new HashMap<>();
			List<byte[]> payloads = message.getPayload();
			for (int i = 0; i < payloads.size(); i++) {
				String topic = String.valueOf(header(message, KafkaHeaders.RECEIVED_TOPIC, i));
				try {
					ValidatedRecord record = codec.decode(payloads.get(i), ValidatedRecord.class);
					rows.add(row(record));
					consumed.merge(topic, 1, Integer::sum);
				}
				catch (RuntimeException ex) {
					deadLetter(streamBridge, topic, header(message, KafkaHeaders.RECEIVED_KEY, i), payloads.get(i), ex);
				}
			}
			consumed.forEach((topic, count) -> consumed(registry, topic, count));
			retry.invoke(() -> materializer.append(rows));
			online.wake();
		};
	}

	static OfflineRow row(ValidatedRecord record) {
		return new OfflineRow(record.dataset(), record.entityId(), record.recordId(),
				(record.eventTime() != null) ? record.eventTime() : record.ingestedAt(), record.ingestedAt(),
				record.fields());
	}

	private static void consumed(MeterRegistry registry, String topic, int count) {
		Counter.builder("loopline.events.consumed")
			.description("Events decoded and handed to a service handler")
			.tag("topic", topic)
			.tag("type", EventType.of(ValidatedRecord.class).ceType())
			.register(registry)
			.increment(count);
	}

	private static @Nullable Object header(Message<?> message, String name, int index) {
		Object value = message.getHeaders().get(name);
		if (value instanceof List<?> list) {
			return (index < list.size()) ? list.get(index) : null;
		}
		return value;
	}

	private static void deadLetter(StreamBridge streamBridge, String topic, @Nullable Object key, byte[] payload,
			Exception failure) {
		Message<byte[]> dead = MessageBuilder.withPayload(payload)
			.setHeader(KafkaHeaders.KEY, key)
			.setHeader("x-original-topic", topic.getBytes(StandardCharsets.UTF_8))
			.setHeader("x-exception-message", String.valueOf(failure.getMessage()).getBytes(StandardCharsets.UTF_8))
			.build();
		streamBridge.send(Topics.dlq(topic), dead);
		log.warn("Dead-lettered an undecodable record from {}: {}", topic, failure.getMessage());
	}

}
