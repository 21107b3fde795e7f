package dev.loopline.validation.pipeline;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.loopline.contracts.CloudEventHeaders;
import dev.loopline.contracts.EventCodec;
import dev.loopline.contracts.LooplineEvent;
import dev.loopline.validation.config.ValidationProperties;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;

import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends output events to the destinations of the service's output bindings
 * ({@code validatedRecords}, {@code quarantinedRecords}, {@code dataQualityAlerts}) with
 * their CloudEvents headers, asynchronously, and lets the caller await a whole chunk.
 */
@Component
public class OutputPublisher {

	static final String SOURCE = CloudEventHeaders.source("validation");

	private final KafkaTemplate<String, byte[]> kafka;

	private final BindingServiceProperties bindings;

	private final EventCodec codec;

	private final ValidationProperties properties;

	OutputPublisher(KafkaTemplate<String, byte[]> kafka, BindingServiceProperties bindings, EventCodec codec,
			ValidationProperties properties) {
		this.kafka = kafka;
		this.bindings = bindings;
		this.codec = codec;
		this.properties = properties;
	}

	/** Starts sending one event to the destination of an output binding. */
	public CompletableFuture<?> send(String binding, LooplineEvent event) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(this.bindings.getBindingDestination(binding),
				event.key(), this.codec.encode(event));
		CloudEventHeaders.bytesOf(event, SOURCE)
			.forEach((name, value) -> record.headers().add(new RecordHeader(name, value)));
		return this.kafka.send(record);
	}

	/**
	 * Waits until the broker acknowledged every send.
	 * @throws IllegalStateException if a send failed or timed out (the chunk is then
	 * redelivered: outputs have deterministic ids, so re-sending is safe)
	 */
	public void await(List<CompletableFuture<?>> sends) {
		try {
			CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
				.get(this.properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not publish validation outputs", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while publishing validation outputs", ex);
		}
	}

}
