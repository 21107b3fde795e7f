package dev.loopline.servicekit.kafka;

import java.nio.charset.StandardCharsets;

import dev.loopline.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Dead-letters one Kafka record to {@code <topic>.dlq} with the headers the binder's own
 * DLQ sets ({@code x-original-topic}, {@code x-exception-message}) and the original key,
 * for the consumers where the binder cannot: pattern subscriptions (no DLQ allowed) and
 * batch-mode listeners, whose binder DLQ would take the whole poll for one bad record.
 */
public final class DeadLetters {

	/** Header naming the topic the record was read from. */
	public static final String ORIGINAL_TOPIC = "x-original-topic";

	/** Header carrying the failure's message. */
	public static final String EXCEPTION_MESSAGE = "x-exception-message";

	private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

	private final ObjectProvider<StreamBridge> streamBridge;

	private final DeadLetterMetrics metrics;

	/**
	 * Creates the dead-letter sender.
	 * @param streamBridge the bridge that sends, looked up on first use
	 * @param metrics counts what is sent
	 */
	public DeadLetters(ObjectProvider<StreamBridge> streamBridge, DeadLetterMetrics metrics) {
		this.streamBridge = streamBridge;
		this.metrics = metrics;
	}

	/**
	 * Sends the record to its topic's DLQ.
	 * @param message one record, with its {@code kafka_receivedTopic} and
	 * {@code kafka_receivedMessageKey} headers
	 * @param failure why no handler could take it
	 */
	public void send(Message<byte[]> message, Exception failure) {
		String topic = String.valueOf(message.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC));
		MessageBuilder<byte[]> dead = MessageBuilder.withPayload(message.getPayload())
			.setHeader(ORIGINAL_TOPIC, topic.getBytes(StandardCharsets.UTF_8))
			.setHeader(EXCEPTION_MESSAGE, String.valueOf(failure.getMessage()).getBytes(StandardCharsets.UTF_8));
		Object key = message.getHeaders().get(KafkaHeaders.RECEIVED_KEY);
		if (key != null) {
			dead.setHeader(KafkaHeaders.KEY, key);
		}
		this.streamBridge.getObject().send(Topics.dlq(topic), dead.build());
		this.metrics.count(topic);
		log.warn("Dead-lettered a record from {}: {}", topic, failure.getMessage());
	}

}
