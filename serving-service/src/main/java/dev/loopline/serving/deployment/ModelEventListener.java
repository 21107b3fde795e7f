package dev.loopline.serving.deployment;

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
 * {@code loopline.models.events} (binding {@code applyModelEvent-in-0}). The binding
 * already decodes strictly, so a malformed or too-new event goes to the DLQ and the
 * consumer keeps going. Loading and hot-swapping bundles arrives with issue 6 (serving
 * and monitoring).
 */
@Configuration(proxyBeanMethods = false)
class ModelEventListener {

	private static final Logger log = LoggerFactory.getLogger(ModelEventListener.class);

	@Bean
	Consumer<Message<byte[]>> applyModelEvent(EventListeners listeners) {
		return listeners.ofAny(this::on);
	}

	void on(LooplineEvent event) {
		log.debug("Received model event {} for model {}", event.type(), event.key());
	}

}
