/**
 * Spring Cloud Stream Kafka binder defaults. Dead letters go to {@code <topic>.dlq},
 * retries are bounded with back-off, and events that cannot be decoded skip the retries
 * and go straight to the dead-letter topic. {@code EventListeners} decodes consumed
 * events; {@code EventPublisher} sends events to output bindings' destinations and hands
 * back the broker's acknowledgements.
 */
@NullMarked
package dev.loopline.servicekit.kafka;

import org.jspecify.annotations.NullMarked;
