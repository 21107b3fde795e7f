package dev.loopline.registry.promotion;

import java.util.function.Consumer;

import dev.loopline.contracts.TrainingRunFinished;
import dev.loopline.servicekit.kafka.EventListeners;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Consumes TrainingRunFinished events from {@code loopline.training.runs} (binding
 * {@code registerRun-in-0}). The binding decodes strictly, so a malformed or too-new
 * event goes to the DLQ and the consumer keeps going; so does a run the registry cannot
 * store ({@link RunCheck}: invalid model name, oversized ids), at once and before any
 * write. A database failure is retried and then dead-lettered, and the transaction leaves
 * nothing behind.
 */
@Configuration(proxyBeanMethods = false)
class TrainingRunListener {

	@Bean
	Consumer<Message<byte[]>> registerRun(EventListeners listeners, RunCheck check, RunRegistration registration) {
		return listeners.of(TrainingRunFinished.class, (run) -> registration.register(check.require(run)));
	}

}
