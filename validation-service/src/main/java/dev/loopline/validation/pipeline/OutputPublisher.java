package dev.loopline.validation.pipeline;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.loopline.contracts.LooplineEvent;
import dev.loopline.servicekit.kafka.EventPublisher;
import dev.loopline.servicekit.kafka.EventPublishingException;
import dev.loopline.validation.config.ValidationProperties;

import org.springframework.stereotype.Component;

/**
 * Sends output events to the destinations of the service's output bindings
 * ({@code validatedRecords}, {@code quarantinedRecords}, {@code dataQualityAlerts})
 * through the kit's {@link EventPublisher}, asynchronously, and lets the caller await a
 * whole chunk.
 */
@Component
public class OutputPublisher {

	private final EventPublisher publisher;

	private final ValidationProperties properties;

	OutputPublisher(EventPublisher publisher, ValidationProperties properties) {
		this.publisher = publisher;
		this.properties = properties;
	}

	/** Starts sending one event to the destination of an output binding. */
	public CompletableFuture<?> send(String binding, LooplineEvent event) {
		return this.publisher.send(binding, event);
	}

	/**
	 * Waits until the broker acknowledged every send.
	 * @throws IllegalStateException if a send failed or timed out (the chunk is then
	 * redelivered: outputs have deterministic ids, so re-sending is safe)
	 */
	public void await(List<CompletableFuture<?>> sends) {
		try {
			EventPublisher.awaitAll(sends, this.properties.sendTimeout());
		}
		catch (EventPublishingException ex) {
			throw new IllegalStateException("Could not publish validation outputs", ex);
		}
	}

}
