package dev.loopline.ingestion.intake;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import dev.loopline.contracts.Topics;
import dev.loopline.servicekit.kafka.EventListeners;
import dev.loopline.servicekit.kafka.NonRetryableEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Consumes the free JSON records that external producers write to
 * {@code loopline.ingest.<dataset>} (binding {@code ingestExternalRecord-in-0}, a pattern
 * subscription so a new dataset needs no restart). The Kafka binder allows no DLQ on a
 * pattern subscription, so a payload that is not a JSON object is dead-lettered here, to
 * {@code <topic>.dlq} with the same failure headers the binder would set, and the
 * consumer keeps going. Landing and publishing the record arrive with issue 3 (ingestion
 * and validation).
 */
@Configuration(proxyBeanMethods = false)
class ExternalRecordListener {

	private static final Logger log = LoggerFactory.getLogger(ExternalRecordListener.class);

	@Bean
	Consumer<Message<byte[]>> ingestExternalRecord(EventListeners listeners, StreamBridge streamBridge) {
		Consumer<Message<byte[]>> parse = listeners.ofJsonObject(this::on);
		return (message) -> {
			try {
				parse.accept(message);
			}
			catch (NonRetryableEventException ex) {
				deadLetter(streamBridge, message, ex);
			}
		};
	}

	void on(EventListeners.JsonRecord record) {
		log.debug("Received a record of {} fields on {}", record.fields().size(), record.topic());
	}

	private static void deadLetter(StreamBridge streamBridge, Message<byte[]> message, Exception failure) {
		String topic = String.valueOf(message.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC));
		Message<byte[]> dead = MessageBuilder.withPayload(message.getPayload())
			.setHeader(KafkaHeaders.KEY, message.getHeaders().get(KafkaHeaders.RECEIVED_KEY))
			.setHeader("x-original-topic", topic.getBytes(StandardCharsets.UTF_8))
			.setHeader("x-exception-message", String.valueOf(failure.getMessage()).getBytes(StandardCharsets.UTF_8))
			.build();
		streamBridge.send(Topics.dlq(topic), dead);
		log.warn("Dead-lettered a record from {}: {}", topic, failure.getMessage());
	}

}
