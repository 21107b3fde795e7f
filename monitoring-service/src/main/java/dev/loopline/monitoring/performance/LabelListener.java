package dev.loopline.monitoring.performance;

import java.util.function.Consumer;

import dev.loopline.contracts.LabelObserved;
import dev.loopline.servicekit.kafka.EventListeners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Consumes LabelObserved events from {@code loopline.labels} (binding
 * {@code observeLabel-in-0}). The binding already decodes strictly, so a malformed or
 * too-new event goes to the DLQ and the consumer keeps going. Joining labels to
 * predictions arrives with issue 6 (serving and monitoring).
 */
@Configuration(proxyBeanMethods = false)
class LabelListener {

	private static final Logger log = LoggerFactory.getLogger(LabelListener.class);

	@Bean
	Consumer<Message<byte[]>> observeLabel(EventListeners listeners) {
		return listeners.of(LabelObserved.class, this::on);
	}

	void on(LabelObserved label) {
		log.debug("Received label for entity {} of dataset {}", label.entityId(), label.dataset());
	}

}
