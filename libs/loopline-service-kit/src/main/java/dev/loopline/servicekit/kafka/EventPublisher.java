package dev.loopline.servicekit.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.loopline.contracts.CloudEventHeaders;
import dev.loopline.contracts.EventCodec;
import dev.loopline.contracts.LooplineEvent;
import org.apache.kafka.clients.producer.ProducerRecord;

import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes platform events to the destination of an output binding, with the event's key
 * and CloudEvents headers, and hands back the broker's acknowledgement as a future. A
 * service sends through it rather than {@code StreamBridge} when it must know that an
 * event is on the broker before it goes on (an outbox, offsets committed after the
 * outputs): a send costs microseconds, and {@link #awaitAll} waits for a whole chunk. The
 * producer is idempotent with {@code acks=all}, so an acknowledged event survives a
 * broker failure and a retried send is not written twice.
 */
public class EventPublisher implements AutoCloseable {

	private final KafkaTemplate<byte[], byte[]> template;

	private final BindingServiceProperties bindings;

	private final EventCodec codec;

	private final String source;

	/**
	 * Creates a publisher.
	 * @param template the template to send with
	 * @param bindings where the output bindings' destinations are configured
	 * @param codec the event codec
	 * @param source the CloudEvents source, e.g. {@code /loopline/ingestion}
	 */
	public EventPublisher(KafkaTemplate<byte[], byte[]> template, BindingServiceProperties bindings, EventCodec codec,
			String source) {
		this.template = template;
		this.bindings = bindings;
		this.codec = codec;
		this.source = source;
	}

	/**
	 * Starts sending an event to the destination of an output binding.
	 * @param binding the output binding's name, e.g. {@code rawRecords}
	 * @param event the event; its {@link LooplineEvent#key()} is the Kafka key
	 * @return completes when the broker acknowledged the event, or exceptionally
	 */
	public CompletableFuture<SendResult<byte[], byte[]>> send(String binding, LooplineEvent event) {
		ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(destination(binding), null,
				event.key().getBytes(StandardCharsets.UTF_8), this.codec.encode(event));
		CloudEventHeaders.bytesOf(event, this.source).forEach(record.headers()::add);
		return this.template.send(record);
	}

	/**
	 * The destination (topic) of an output binding.
	 * @param binding the binding's name
	 * @return its configured destination, or the binding name when none is configured (as
	 * Spring Cloud Stream does)
	 */
	public String destination(String binding) {
		String destination = this.bindings.getBindingDestination(binding);
		return (destination != null) ? destination : binding;
	}

	/** Closes the producer (pending sends are flushed first). */
	@Override
	public void close() {
		this.template.getProducerFactory().reset();
	}

	/**
	 * Waits until every send completed.
	 * @param sends the futures of {@link #send}
	 * @param timeout how long to wait for all of them
	 * @throws EventPublishingException if a send failed, or did not complete in time
	 */
	public static void awaitAll(Collection<? extends CompletableFuture<?>> sends, Duration timeout) {
		try {
			CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
				.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			throw new EventPublishingException("A send was not acknowledged: " + ex.getCause(), ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new EventPublishingException("Sends not acknowledged within " + timeout, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EventPublishingException("Interrupted while awaiting acknowledgements", ex);
		}
	}

}
