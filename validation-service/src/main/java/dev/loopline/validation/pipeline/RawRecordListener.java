package dev.loopline.validation.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.loopline.contracts.EventCodec;
import dev.loopline.contracts.RawRecord;
import dev.loopline.contracts.Topics;
import dev.loopline.validation.config.ValidationProperties;
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
 * Consumes {@code loopline.records.raw} (binding {@code validateRecord-in-0}) in batch
 * mode: one poll is decoded record by record, an undecodable record is dead-lettered
 * alone to {@code records.raw.dlq} (with the binder's failure headers; in batch mode the
 * binder would dead-letter the whole poll), and the rest is validated as one chunk by the
 * {@link ValidationPipeline}, retried in place with back-off if the database or the
 * broker fails. Decoded events are counted in {@code loopline.events.consumed} like every
 * other consumer's.
 */
@Configuration(proxyBeanMethods = false)
class RawRecordListener {

	private static final Logger log = LoggerFactory.getLogger(RawRecordListener.class);

	@Bean
	Consumer<Message<List<byte[]>>> validateRecord(ValidationPipeline pipeline, EventCodec codec,
			StreamBridge streamBridge, MeterRegistry registry, ValidationProperties properties) {
		RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
			.maxRetries(properties.chunkRetries())
			.delay(properties.chunkRetryDelay())
			.multiplier(2)
			.maxDelay(Duration.ofSeconds(10))
			.build());
		return (message) -> {
			List<RawRecord> records = new ArrayList<>();
			List<byte[]> payloads = message.getPayload();
			for (int i = 0; i < payloads.size(); i++) {
				String topic = String.valueOf(header(message, KafkaHeaders.RECEIVED_TOPIC, i));
				try {
					RawRecord record = codec.decode(payloads.get(i), RawRecord.class);
					consumed(registry, topic, record);
					records.add(record);
				}
				catch (RuntimeException ex) {
					deadLetter(streamBridge, topic, header(message, KafkaHeaders.RECEIVED_KEY, i), payloads.get(i), ex);
				}
			}
			// in batch mode the binder does not retry, it dead-letters the whole poll, so
			// a failed chunk (database or broker down) is retried in place first
			retry.invoke(() -> pipeline.process(records));
		};
	}

	private static void consumed(MeterRegistry registry, String topic, RawRecord record) {
		Counter.builder("loopline.events.consumed")
			.description("Events decoded and handed to a service handler")
			.tag("topic", topic)
			.tag("type", record.type().ceType())
			.register(registry)
			.increment();
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
