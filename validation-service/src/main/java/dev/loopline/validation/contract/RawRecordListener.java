package dev.loopline.validation.contract;

import java.util.function.Consumer;

import dev.loopline.contracts.RawRecord;
import dev.loopline.servicekit.kafka.EventListeners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Consumes RawRecord events from {@code loopline.records.raw} (binding
 * {@code validateRecord-in-0}). The binding already decodes strictly, so a malformed or
 * too-new event goes to the DLQ and the consumer keeps going. Checking each record
 * against its dataset's contract arrives with issue 3 (ingestion and validation).
 */
@Configuration(proxyBeanMethods = false)
class RawRecordListener {

	private static final Logger log = LoggerFactory.getLogger(RawRecordListener.class);

	@Bean
	Consumer<Message<byte[]>> validateRecord(EventListeners listeners) {
		return listeners.of(RawRecord.class, this::on);
	}

	void on(RawRecord record) {
		log.debug("Received raw record {} of dataset {}", record.recordId(), record.dataset());
	}

}
