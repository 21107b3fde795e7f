package dev.loopline.ingestion.intake;

import java.util.List;
import java.util.function.Consumer;

import dev.loopline.servicekit.kafka.DeadLetters;
import dev.loopline.servicekit.kafka.EventListeners;
import dev.loopline.servicekit.kafka.Polls;
import dev.loopline.servicekit.kafka.NonRetryableEventException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Consumes the free JSON records that external producers write to
 * {@code loopline.ingest.<dataset>} (binding {@code ingestExternalRecord-in-0}, a pattern
 * subscription so a new dataset needs no restart). The binding is in batch mode: a whole
 * poll is parsed, then landed per dataset in chunks by {@link KafkaIntake}. The Kafka
 * binder allows no DLQ on a pattern subscription, so a payload that is not a JSON object
 * is dead-lettered here, alone, to {@code <topic>.dlq} with the failure headers the
 * binder would set, and the rest of the poll proceeds.
 */
@Configuration(proxyBeanMethods = false)
class ExternalRecordListener {

	@Bean
	Consumer<Message<List<byte[]>>> ingestExternalRecord(EventListeners listeners, KafkaIntake intake,
			DeadLetters deadLetters) {
		return (batch) -> {
			KafkaIntake.Poll poll = intake.newPoll();
			for (int i = 0; i < batch.getPayload().size(); i++) {
				Message<byte[]> message = Polls.record(batch, i);
				try {
					listeners.ofJsonObject((record) -> poll.add(record, message.getHeaders())).accept(message);
				}
				catch (NonRetryableEventException ex) {
					deadLetters.send(message, ex);
				}
			}
			poll.land();
		};
	}

}
