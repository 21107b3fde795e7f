package dev.loopline.training.trigger;

import java.util.function.Consumer;

import dev.loopline.contracts.LooplineEvent;
import dev.loopline.servicekit.kafka.EventListeners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Consumes every event type of the topic (chosen by its ce_type header) from
 * {@code loopline.training.commands} (binding {@code train-in-0}). The binding already
 * decodes strictly, so a malformed or too-new event goes to the DLQ and the consumer
 * keeps going. Starting runs arrives with issue 5 (training and registry).
 */
@Configuration(proxyBeanMethods = false)
class TrainingCommandListener {

	private static final Logger log = LoggerFactory.getLogger(TrainingCommandListener.class);

	@Bean
	Consumer<Message<byte[]>> train(EventListeners listeners) {
		return listeners.ofAny(this::on);
	}

	void on(LooplineEvent command) {
		log.debug("Received training command {} for model {}", command.type(), command.key());
	}

}
