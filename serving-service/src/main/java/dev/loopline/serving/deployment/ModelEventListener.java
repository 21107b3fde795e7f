package dev.loopline.serving.deployment;

import java.util.function.Consumer;

import dev.loopline.contracts.LooplineEvent;
import dev.loopline.contracts.ModelEvent;
import dev.loopline.contracts.ModelPromoted;
import dev.loopline.contracts.ModelRejected;
import dev.loopline.contracts.ModelRolledBack;
import dev.loopline.servicekit.kafka.EventListeners;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Consumes every event type of {@code loopline.models.events} (binding
 * {@code applyModelEvent-in-0}) and hands promotions, rollbacks and rejections to the
 * {@link ModelDeployer}; other types are only counted. The binding decodes strictly, so a
 * malformed or too-new event goes to the DLQ and the consumer keeps going. Its consumer
 * group is per instance (see {@code serving-service.yml}): every replica sees every
 * event.
 */
@Configuration(proxyBeanMethods = false)
class ModelEventListener {

	private final ModelDeployer deployer;

	ModelEventListener(ModelDeployer deployer) {
		this.deployer = deployer;
	}

	@Bean
	Consumer<Message<byte[]>> applyModelEvent(EventListeners listeners) {
		return listeners.ofAny(this::on);
	}

	void on(LooplineEvent event) {
		if (event instanceof ModelEvent modelEvent) {
			this.deployer.known(modelEvent.modelName());
		}
		if (event instanceof ModelPromoted promoted) {
			this.deployer.on(promoted);
		}
		else if (event instanceof ModelRolledBack rolledBack) {
			this.deployer.on(rolledBack);
		}
		else if (event instanceof ModelRejected rejected) {
			this.deployer.on(rejected);
		}
	}

}
