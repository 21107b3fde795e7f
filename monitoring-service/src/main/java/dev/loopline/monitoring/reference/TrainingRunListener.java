package dev.loopline.monitoring.reference;

import java.util.function.Consumer;

import dev.loopline.contracts.TrainingRunFinished;
import dev.loopline.servicekit.kafka.EventListeners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Consumes TrainingRunFinished events from {@code loopline.training.runs} (binding
 * {@code observeTrainingRun-in-0}). The binding already decodes strictly, so a malformed
 * or too-new event goes to the DLQ and the consumer keeps going. Runs are only logged:
 * the reference follows the registry's promotions, not the runs.
 */
@Configuration(proxyBeanMethods = false)
class TrainingRunListener {

	private static final Logger log = LoggerFactory.getLogger(TrainingRunListener.class);

	@Bean
	Consumer<Message<byte[]>> observeTrainingRun(EventListeners listeners) {
		return listeners.of(TrainingRunFinished.class, this::on);
	}

	void on(TrainingRunFinished run) {
		log.debug("Received training run {} of model {}", run.runId(), run.modelName());
	}

}
