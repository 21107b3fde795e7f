/**
 * Idempotent consumption of Kafka events.
 * {@link dev.loopline.servicekit.idempotency.ProcessedEvents} records each
 * {@code (consumer, eventId)} pair once in the {@code processed_event} table so a
 * redelivered event can be recognised and skipped inside the listener's transaction.
 */
@NullMarked
package dev.loopline.servicekit.idempotency;

import org.jspecify.annotations.NullMarked;
