package dev.loopline.ingestion.intake;

import java.util.function.Consumer;

import dev.loopline.servicekit.kafka.EventListeners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Consumes the free JSON records that external producers write to
 * {@code loopline.ingest.<dataset>} (binding {@code ingestExternalRecord-in-0}, a pattern
 * subscription so a new dataset needs no restart). A payload that is not a JSON object
 * goes to the DLQ and the consumer keeps going. Landing and publishing the record arrive
 * with issue 3 (ingestion and validation).
 */
@Configuration(proxyBeanMethods = false)
class ExternalRecordListener {

	private static final Logger log = LoggerFactory.getLogger(ExternalRecordListener.class);

	@Bean
	Consumer<Message<byte[]>> ingestExternalRecord(EventListeners listeners) {
		return listeners.ofJsonObject(this::on);
	}

	void on(EventListeners.JsonRecord record) {
		log.debug("Received a record of {} fields on {}", record.fields().size(), record.topic());
	}

}
