package dev.loopline.servicekit.kafka;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Splits a batch-mode poll ({@code Message<List<byte[]>>}, whose headers are lists in
 * payload order) back into single messages, each with its own Kafka headers, topic and
 * key, so decoding and dead-lettering apply to each record alone.
 */
public final class Polls {

	private Polls() {
	}

	/**
	 * The i-th record of a poll as a single message.
	 * @param poll the poll
	 * @param i the record's position
	 * @return the message with the record's own headers, topic and key
	 */
	@SuppressWarnings("unchecked")
	public static Message<byte[]> record(Message<List<byte[]>> poll, int i) {
		MessageBuilder<byte[]> message = MessageBuilder.withPayload(poll.getPayload().get(i));
		if (element(poll, KafkaHeaders.BATCH_CONVERTED_HEADERS, i) instanceof Map<?, ?> headers) {
			((Map<String, Object>) headers).forEach(message::setHeader);
		}
		message.setHeader(KafkaHeaders.RECEIVED_TOPIC, element(poll, KafkaHeaders.RECEIVED_TOPIC, i));
		message.setHeader(KafkaHeaders.RECEIVED_KEY, element(poll, KafkaHeaders.RECEIVED_KEY, i));
		return message.build();
	}

	private static @Nullable Object element(Message<?> poll, String header, int i) {
		Object values = poll.getHeaders().get(header);
		return (values instanceof List<?> list && i < list.size()) ? list.get(i) : null;
	}

}
