package dev.loopline.monitoring.performance;

import java.util.function.Consumer;

import dev.loopline.contracts.PredictionLogged;
import dev.loopline.servicekit.kafka.EventListeners;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Consumes PredictionLogged events from {@code loopline.predictions} (binding
 * {@code observePrediction-in-0}): each waits for its label in PostgreSQL, and feeds the
 * prediction-drift window. The binding decodes strictly, so a malformed or too-new event
 * goes to the DLQ and the consumer keeps going.
 */
@Configuration(proxyBeanMethods = false)
class PredictionListener {

	private final PendingPredictions pending;

	private final PredictionDrift drift;

	PredictionListener(PendingPredictions pending, PredictionDrift drift) {
		this.pending = pending;
		this.drift = drift;
	}

	@Bean
	Consumer<Message<byte[]>> observePrediction(EventListeners listeners) {
		return listeners.of(PredictionLogged.class, this::on);
	}

	void on(PredictionLogged prediction) {
		this.pending.save(prediction);
		this.drift.observe(prediction);
	}

}
