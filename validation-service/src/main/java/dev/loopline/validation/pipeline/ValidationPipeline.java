package dev.loopline.validation.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.loopline.contracts.RawRecord;
import dev.loopline.validation.quarantine.QuarantineRepository;
import dev.loopline.validation.quarantine.QuarantineRepository.Entry;

import org.springframework.stereotype.Component;

/**
 * Validates one consumed chunk of RawRecords. The order is what makes a crash harmless
 * (DESIGN decision 1): (1) check every record in memory; (2) insert the quarantined ones
 * in one transaction, idempotently (ids derived from the input event id, on conflict do
 * nothing); (3) after the commit, send every output asynchronously and wait for all
 * acknowledgements; (4) return, and only then does the binder commit the offsets. A crash
 * anywhere means the chunk is redelivered and gives the same outputs with the same ids,
 * which downstream consumers deduplicate. Valid records cost no database write.
 */
@Component
class ValidationPipeline {

	static final String VALIDATED = "validatedRecords";

	static final String QUARANTINED = "quarantinedRecords";

	static final String ALERTS = "dataQualityAlerts";

	private final RecordChecker checker;

	private final QuarantineRepository quarantine;

	private final OutputPublisher publisher;

	private final Clock clock = Clock.systemUTC();

	ValidationPipeline(RecordChecker checker, QuarantineRepository quarantine, OutputPublisher publisher) {
		this.checker = checker;
		this.quarantine = quarantine;
		this.publisher = publisher;
	}

	void process(List<RawRecord> records) {
		if (records.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		List<RecordChecker.Outcome> outcomes = new ArrayList<>(records.size());
		List<Entry> entries = new ArrayList<>();
		for (RawRecord record : records) {
			RecordChecker.Outcome outcome = this.checker.check(record, now);
			outcomes.add(outcome);
			if (outcome.quarantined() != null) {
				entries.add(new Entry(outcome.quarantined(), record.metadata().eventId(), record.ingestedAt()));
			}
		}
		this.quarantine.insertAll(entries);
		List<CompletableFuture<?>> sends = new ArrayList<>(outcomes.size());
		for (RecordChecker.Outcome outcome : outcomes) {
			if (outcome.validated() != null) {
				sends.add(this.publisher.send(VALIDATED, outcome.validated()));
			}
			else {
				sends.add(this.publisher.send(QUARANTINED, outcome.quarantined()));
			}
			outcome.alerts().forEach((alert) -> sends.add(this.publisher.send(ALERTS, alert)));
		}
		this.publisher.await(sends);
	}

}
