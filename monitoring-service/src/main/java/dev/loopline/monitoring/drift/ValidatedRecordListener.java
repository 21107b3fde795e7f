package dev.loopline.monitoring.drift;

import java.util.function.Consumer;

import dev.loopline.contracts.ValidatedRecord;
import dev.loopline.servicekit.kafka.EventListeners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Consumes ValidatedRecord events from {@code loopline.records.validated} (binding
 * {@code observeRecord-in-0}). The binding already decodes strictly, so a malformed or
 * too-new event goes to the DLQ and the consumer keeps going. Drift windows arrive with
 * issue 6 (serving and monitoring).
 */
@Configuration(proxyBeanMethods = false)
class ValidatedRecordListener {

	private static final Logger log = LoggerFactory.getLogger(ValidatedRecordListener.class);

	@Bean
	Consumer<Message<byte[]>> observeRecord(EventListeners listeners) {
		return listeners.of(ValidatedRecord.class, this::on);
	}

	void on(ValidatedRecord record) {
		log.debug("Received validated record {} of dataset {}", record.recordId(), record.dataset());
	}

}
