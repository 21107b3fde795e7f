package dev.loopline.monitoring.performance;

import java.util.function.Consumer;

import dev.loopline.contracts.PredictionLogged;
import dev.loopline.servicekit.kafka.EventListeners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Consumes PredictionLogged events from {@code loopline.predictions} (binding
 * {@code observePrediction-in-0}). The binding already decodes strictly, so a malformed
 * or too-new event goes to the DLQ and the consumer keeps going. Live accuracy arrives
 * with issue 6 (serving and monitoring).
 */
@Configuration(proxyBeanMethods = false)
class PredictionListener {

	private static final Logger log = LoggerFactory.getLogger(PredictionListener.class);

	@Bean
	Consumer<Message<byte[]>> observePrediction(EventListeners listeners) {
		return listeners.of(PredictionLogged.class, this::on);
	}

	void on(PredictionLogged prediction) {
		log.debug("Received prediction {} of model {}", prediction.requestId(), prediction.modelName());
	}

}
