package dev.loopline.monitoring.drift;

import java.util.function.Consumer;

import dev.loopline.contracts.ValidatedRecord;
import dev.loopline.servicekit.kafka.EventListeners;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Consumes ValidatedRecord events from {@code loopline.records.validated} (binding
 * {@code observeRecord-in-0}) into the drift windows of the champions reading the
 * record's dataset. The binding decodes strictly, so a malformed or too-new event goes to
 * the DLQ and the consumer keeps going. A record only appends to an in-memory window; the
 * work is done once per window, so record-at-a-time consumption keeps up.
 */
@Configuration(proxyBeanMethods = false)
class ValidatedRecordListener {

	private final DriftMonitor monitor;

	ValidatedRecordListener(DriftMonitor monitor) {
		this.monitor = monitor;
	}

	@Bean
	Consumer<Message<byte[]>> observeRecord(EventListeners listeners) {
		return listeners.of(ValidatedRecord.class, this.monitor::observe);
	}

}
