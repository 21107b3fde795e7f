package dev.loopline.ingestion.config;

import java.nio.charset.StandardCharsets;

import dev.loopline.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Dead-letters one Kafka record to {@code <topic>.dlq} with the headers the binder's own
 * DLQ would set ({@code x-original-topic}, {@code x-exception-message}), for bindings
 * where the binder cannot: pattern subscriptions and batch-mode listeners that must not
 * send a whole poll to the DLQ for one bad record.
 */
public final class KafkaDeadLetters {

	private static final Logger log = LoggerFactory.getLogger(KafkaDeadLetters.class);

	private KafkaDeadLetters() {
	}

	public static void send(StreamBridge streamBridge, Message<byte[]> message, Exception failure) {
		String topic = String.valueOf(message.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC));
		MessageBuilder<byte[]> dead = MessageBuilder.withPayload(message.getPayload())
			.setHeader("x-original-topic", topic.getBytes(StandardCharsets.UTF_8))
			.setHeader("x-exception-message", String.valueOf(failure.getMessage()).getBytes(StandardCharsets.UTF_8));
		Object key = message.getHeaders().get(KafkaHeaders.RECEIVED_KEY);
		if (key != null) {
			dead.setHeader(KafkaHeaders.KEY, key);
		}
		streamBridge.send(Topics.dlq(topic), dead.build());
		log.warn("Dead-lettered a record from {}: {}", topic, failure.getMessage());
	}

}
