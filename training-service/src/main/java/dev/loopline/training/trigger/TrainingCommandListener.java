package dev.loopline.training.trigger;

import java.util.Map;
import java.util.function.Consumer;

import dev.loopline.contracts.LooplineEvent;
import dev.loopline.contracts.RetrainRequested;
import dev.loopline.contracts.TrainModel;
import dev.loopline.contracts.TrainingTrigger;
import dev.loopline.servicekit.idempotency.ProcessedEvents;
import dev.loopline.servicekit.kafka.EventListeners;
import dev.loopline.servicekit.kafka.NonRetryableEventException;
import dev.loopline.servicekit.problem.NotFoundException;
import dev.loopline.training.run.RunRequest;
import dev.loopline.training.run.RunRequests;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consumes {@code TrainModel} and {@code RetrainRequested} from
 * {@code loopline.training.commands} (binding {@code train-in-0}) and requests a run, in
 * one transaction with the event's dedupe row, so a redelivered command queues nothing. A
 * {@code RetrainRequested} run is an {@code ALERT} run carrying the alert id and the
 * alert's correlation id. A command for a model without a spec cannot succeed on retry:
 * it goes to the DLQ at once.
 */
@Configuration(proxyBeanMethods = false)
class TrainingCommandListener {

	private static final Logger log = LoggerFactory.getLogger(TrainingCommandListener.class);

	private static final String CONSUMER = "training-commands";

	private final RunRequests requests;

	private final ProcessedEvents processed;

	private final TransactionTemplate transaction;

	TrainingCommandListener(RunRequests requests, ProcessedEvents processed, TransactionTemplate transaction) {
		this.requests = requests;
		this.processed = processed;
		this.transaction = transaction;
	}

	@Bean
	Consumer<Message<byte[]>> train(EventListeners listeners) {
		return listeners.ofAny(this::on);
	}

	void on(LooplineEvent command) {
		RunRequest request = toRequest(command);
		if (request == null) {
			log.debug("Ignoring {} on the training commands topic", command.type());
			return;
		}
		try {
			this.transaction.executeWithoutResult((status) -> {
				if (this.processed.firstDelivery(CONSUMER, command.metadata().eventId())) {
					this.requests.request(request);
				}
			});
		}
		catch (NotFoundException ex) {
			throw new NonRetryableEventException("No model spec '" + request.model() + "' for " + command.type(), ex);
		}
	}

	private static @Nullable RunRequest toRequest(LooplineEvent command) {
		if (command instanceof TrainModel train) {
			return new RunRequest(train.modelName(), train.trigger(), train.requestedBy(),
					train.metadata().correlationId(), null, train.reason(), train.parameters());
		}
		if (command instanceof RetrainRequested retrain) {
			return new RunRequest(retrain.modelName(), TrainingTrigger.ALERT, "monitoring",
					retrain.metadata().correlationId(), retrain.alertId(), retrain.reason(), Map.of());
		}
		return null;
	}

}
