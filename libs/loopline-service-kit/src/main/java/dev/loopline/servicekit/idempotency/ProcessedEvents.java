package dev.loopline.servicekit.idempotency;

import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Remembers which events a consumer has processed, so a redelivered event is processed
 * once. Call {@link #firstDelivery} inside the listener's transaction, before the side
 * effects:
 *
 * <pre class="code">
 * if (!processedEvents.firstDelivery("feature-store", event.metadata().eventId())) {
 *     return; // already processed
 * }
 * </pre>
 *
 * The {@code processed_event} table comes with the kit's Flyway migration in
 * {@code classpath:db/loopline-kit}: list that location next to the service's own in
 * {@code spring.flyway.locations}. Duplicates are counted in
 * {@code loopline.events.duplicates{consumer}}.
 */
public class ProcessedEvents {

	private static final String INSERT = "insert into processed_event (consumer, event_id, processed_at) "
			+ "values (?, ?, now()) on conflict do nothing";

	private final JdbcTemplate jdbcTemplate;

	private final MeterRegistry meterRegistry;

	public ProcessedEvents(JdbcTemplate jdbcTemplate, @Nullable MeterRegistry meterRegistry) {
		this.jdbcTemplate = jdbcTemplate;
		this.meterRegistry = (meterRegistry != null) ? meterRegistry : Metrics.globalRegistry;
	}

	/**
	 * Records the delivery of an event to a consumer.
	 * @param consumer the consumer name (usually the binding or function name)
	 * @param eventId the event's id
	 * @return {@code true} the first time this pair is seen, {@code false} for a
	 * duplicate
	 */
	public boolean firstDelivery(String consumer, UUID eventId) {
		boolean inserted = this.jdbcTemplate.update(INSERT, consumer, eventId) > 0;
		// registered with the consumer's first event, so the series is there (at zero)
		// before the first duplicate and an alert on its increase sees that one
		Counter duplicates = Counter.builder("loopline.events.duplicates")
			.description("Events delivered again to a consumer that had already processed them")
			.tag("consumer", consumer)
			.register(this.meterRegistry);
		if (!inserted) {
			duplicates.increment();
		}
		return inserted;
	}

}
