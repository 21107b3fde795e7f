package dev.loopline.servicekit.kafka;

import org.jspecify.annotations.Nullable;

/**
 * Events handed to {@link EventPublisher} were not all acknowledged by the broker in
 * time. What was acknowledged stays published; the caller decides what to send again.
 */
public class EventPublishingException extends RuntimeException {

	EventPublishingException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
