package dev.loopline.servicekit.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;

import dev.loopline.contracts.EventCodec;
import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.RawRecord;
import dev.loopline.contracts.RecordSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * {@link EventListeners#ofBatch}: a poll is decoded record by record, a bad record is
 * dead-lettered alone with its own topic and key, the rest reaches the handler in order.
 */
class EventListenersBatchTests {

	private final EventCodec codec = new EventCodec();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final StreamBridge streamBridge = mock(StreamBridge.class);

	@Test
	@SuppressWarnings("unchecked")
	void deadLettersABadRecordAloneAndHandsTheRestOnInOrder() {
		ObjectProvider<StreamBridge> provider = mock(ObjectProvider.class);
		when(provider.getObject()).thenReturn(this.streamBridge);
		EventListeners listeners = new EventListeners(this.codec, this.registry,
				new DeadLetters(provider, new DeadLetterMetrics(this.registry, Set.of())));
		RawRecord first = rawRecord("r-1");
		RawRecord second = rawRecord("r-2");
		List<List<RawRecord>> chunks = new ArrayList<>();

		listeners.ofBatch(RawRecord.class, chunks::add)
			.accept(poll(List.of(this.codec.encode(first), "not json".getBytes(StandardCharsets.UTF_8),
					this.codec.encode(second)), List.of("k-1", "k-bad", "k-2")));

		assertThat(chunks).containsExactly(List.of(first, second));
		ArgumentCaptor<Message<byte[]>> dead = ArgumentCaptor.forClass(Message.class);
		verify(this.streamBridge, times(1)).send(eq("loopline.records.raw.dlq"), dead.capture());
		assertThat(dead.getValue().getPayload()).asString(StandardCharsets.UTF_8).isEqualTo("not json");
		assertThat(dead.getValue().getHeaders()).containsEntry(KafkaHeaders.KEY, "k-bad");
		assertThat(new String((byte[]) dead.getValue().getHeaders().get(DeadLetters.ORIGINAL_TOPIC),
				StandardCharsets.UTF_8))
			.isEqualTo("loopline.records.raw");
		assertThat(this.registry.get("loopline.events.consumed").counter().count()).isEqualTo(2);
		assertThat(this.registry.get(DeadLetterMetrics.NAME).tag("topic", "loopline.records.raw").counter().count())
			.isEqualTo(1);
	}

	private static Message<List<byte[]>> poll(List<byte[]> payloads, List<String> keys) {
		List<String> topics = payloads.stream().map((payload) -> "loopline.records.raw").toList();
		return MessageBuilder.withPayload(payloads)
			.setHeader(KafkaHeaders.RECEIVED_TOPIC, topics)
			.setHeader(KafkaHeaders.RECEIVED_KEY, keys)
			.build();
	}

	private static RawRecord rawRecord(String id) {
		return new RawRecord(EventMetadata.newCorrelation(), "orders", id, null, "b-1",
				Instant.parse("2026-03-01T10:00:00Z"), RecordSource.KAFKA, Map.of("amount", 1.5), null);
	}

}
