package dev.loopline.servicekit.kafka;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.loopline.contracts.CloudEventHeaders;
import dev.loopline.contracts.EventCodec;
import dev.loopline.contracts.EventDecodingException;
import dev.loopline.contracts.LooplineEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * Builds the consumer functions of a service's Kafka bindings: each one decodes the
 * message strictly with the platform's {@link EventCodec} (so a malformed, unknown or
 * too-new event fails with an {@link EventDecodingException}, which the binder sends
 * straight to the DLQ), counts it in {@code loopline.events.consumed}, then hands the
 * typed event to the service's handler.
 */
public final class EventListeners {

	private static final String CONSUMED = "loopline.events.consumed";

	private final EventCodec codec;

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	private final MeterRegistry meterRegistry;

	private final DeadLetters deadLetters;

	public EventListeners(EventCodec codec, MeterRegistry meterRegistry, DeadLetters deadLetters) {
		this.codec = codec;
		this.meterRegistry = meterRegistry;
		this.deadLetters = deadLetters;
	}

	/**
	 * A consumer for a topic that carries one event type.
	 * @param <T> the event record type
	 * @param type the event record class
	 * @param handler what the service does with each event
	 * @return the consumer function to expose as a binding bean
	 */
	public <T extends LooplineEvent> Consumer<Message<byte[]>> of(Class<T> type, Consumer<? super T> handler) {
		return (message) -> {
			T event = this.codec.decode(message.getPayload(), type);
			count(message, event.type().ceType());
			handler.accept(event);
		};
	}

	/**
	 * A consumer for a topic that carries several event types, told apart by the
	 * {@code ce_type} header.
	 * @param handler what the service does with each event
	 * @return the consumer function to expose as a binding bean
	 */
	public Consumer<Message<byte[]>> ofAny(Consumer<LooplineEvent> handler) {
		return (message) -> {
			String ceType = CloudEventHeaders.type(message.getHeaders())
				.orElseThrow(() -> new EventDecodingException(
						"The message has no " + CloudEventHeaders.TYPE + " header, so its event type is unknown"));
			LooplineEvent event = this.codec.decode(message.getPayload(), ceType);
			count(message, ceType);
			handler.accept(event);
		};
	}

	/**
	 * A consumer for a batch-mode binding ({@code batch-mode: true} with
	 * {@code content-type: application/octet-stream}) on a topic that carries one event
	 * type. Each record of the poll is decoded and counted alone; one that cannot be
	 * decoded is dead-lettered alone (the binder's DLQ would take the whole poll) and the
	 * rest goes to the handler as one chunk, in poll order.
	 * @param <T> the event record type
	 * @param type the event record class
	 * @param handler what the service does with each chunk (possibly empty)
	 * @return the consumer function to expose as a binding bean
	 */
	public <T extends LooplineEvent> Consumer<Message<List<byte[]>>> ofBatch(Class<T> type, Consumer<List<T>> handler) {
		return (poll) -> {
			List<T> events = new ArrayList<>(poll.getPayload().size());
			for (int i = 0; i < poll.getPayload().size(); i++) {
				Message<byte[]> message = Polls.record(poll, i);
				try {
					T event = this.codec.decode(message.getPayload(), type);
					count(message, event.type().ceType());
					events.add(event);
				}
				catch (RuntimeException ex) {
					this.deadLetters.send(message, ex);
				}
			}
			handler.accept(events);
		};
	}

	/**
	 * A consumer for free JSON records written by external producers: anything but a JSON
	 * object is rejected.
	 * @param handler what the service does with each record
	 * @return the consumer function to expose as a binding bean
	 */
	public Consumer<Message<byte[]>> ofJsonObject(Consumer<JsonRecord> handler) {
		return (message) -> {
			JsonRecord record = new JsonRecord(topic(message), header(message, KafkaHeaders.RECEIVED_KEY),
					parseObject(message.getPayload()));
			count(message, "json");
			handler.accept(record);
		};
	}

	private Map<String, Object> parseObject(byte[] payload) {
		JsonNode node;
		try {
			node = this.jsonMapper.readTree(payload);
		}
		catch (JacksonException ex) {
			throw new NonRetryableEventException("The record is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
		if (node == null || !node.isObject()) {
			throw new NonRetryableEventException("The record must be a JSON object, not "
					+ ((node == null) ? "empty" : node.getNodeType().name().toLowerCase()));
		}
		Map<String, Object> fields = this.jsonMapper.convertValue(node, Map.class);
		return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	private void count(Message<byte[]> message, String type) {
		Counter.builder(CONSUMED)
			.description("Events decoded and handed to a service handler")
			.tag("topic", topic(message))
			.tag("type", type)
			.register(this.meterRegistry)
			.increment();
	}

	private static String topic(Message<?> message) {
		String topic = header(message, KafkaHeaders.RECEIVED_TOPIC);
		return (topic != null) ? topic : "unknown";
	}

	private static @Nullable String header(Message<?> message, String name) {
		Object value = message.getHeaders().get(name);
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		return (value != null) ? value.toString() : null;
	}

	/**
	 * A free JSON record as an external producer wrote it.
	 *
	 * @param topic the topic it was read from ({@code loopline.ingest.<dataset>})
	 * @param key the Kafka key, if the producer set one
	 * @param fields the record's fields, in their original order
	 */
	public record JsonRecord(String topic, @Nullable String key, Map<String, Object> fields) {
	}

}
