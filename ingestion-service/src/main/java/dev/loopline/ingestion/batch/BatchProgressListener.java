package dev.loopline.ingestion.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.loopline.contracts.EventDecodingException;
import dev.loopline.contracts.LooplineEvent;
import dev.loopline.contracts.QuarantinedRecord;
import dev.loopline.contracts.ValidatedRecord;
import dev.loopline.ingestion.config.DatabaseRetry;
import dev.loopline.servicekit.kafka.DeadLetters;
import dev.loopline.servicekit.kafka.EventListeners;
import dev.loopline.servicekit.kafka.Polls;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.messaging.Message;

/**
 * Feeds batch status from validation's verdicts: consumes {@code records.validated} and
 * {@code records.quarantined} (binding {@code trackBatchProgress-in-0}, batch mode) and
 * records each record's outcome with one statement per poll. Applying a verdict twice
 * changes nothing, so redeliveries need no event-id bookkeeping. An event that cannot be
 * decoded is dead-lettered alone and the rest of the poll proceeds.
 */
@Configuration(proxyBeanMethods = false)
class BatchProgressListener {

	@Bean
	Consumer<Message<List<byte[]>>> trackBatchProgress(EventListeners listeners, BatchRepository batches,
			DeadLetters deadLetters) {
		RetryTemplate retry = DatabaseRetry.create();
		return (poll) -> {
			Map<String, Outcome> outcomes = new LinkedHashMap<>();
			Consumer<Message<byte[]>> decode = listeners.ofAny((event) -> collect(event, outcomes));
			for (int i = 0; i < poll.getPayload().size(); i++) {
				Message<byte[]> message = Polls.record(poll, i);
				try {
					decode.accept(message);
				}
				catch (EventDecodingException ex) {
					deadLetters.send(message, ex);
				}
			}
			retry.invoke(() -> batches.apply(outcomes.values()));
		};
	}

	private static void collect(LooplineEvent event, Map<String, Outcome> outcomes) {
		Outcome outcome = null;
		if (event instanceof ValidatedRecord validated) {
			outcome = new Outcome(validated.dataset(), validated.recordId(), Outcome.VALIDATED);
		}
		else if (event instanceof QuarantinedRecord quarantined) {
			outcome = new Outcome(quarantined.dataset(), quarantined.recordId(), Outcome.QUARANTINED);
		}
		if (outcome != null) {
			// within one poll a VALIDATED verdict wins, as it does across polls
			outcomes.merge(outcome.dataset() + "\u0000" + outcome.recordId(), outcome,
					(first, second) -> Outcome.VALIDATED.equals(second.verdict()) ? second : first);
		}
	}

}
