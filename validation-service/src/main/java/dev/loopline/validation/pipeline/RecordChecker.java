package dev.loopline.validation.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.loopline.contracts.DataQualityDegraded;
import dev.loopline.contracts.QuarantinedRecord;
import dev.loopline.contracts.RawRecord;
import dev.loopline.contracts.ValidatedRecord;
import dev.loopline.contracts.Violation;
import dev.loopline.validation.check.RecordIdWindow;
import dev.loopline.validation.check.RecordValidator;
import dev.loopline.validation.check.Validation;
import dev.loopline.validation.contract.ContractCatalog;
import dev.loopline.validation.contract.DataContract;
import dev.loopline.validation.contract.ExpectationKind;
import dev.loopline.validation.profile.RecentRecords;
import dev.loopline.validation.window.Breach;
import dev.loopline.validation.window.QualityMonitor;

import org.springframework.stereotype.Component;

/**
 * Turns one RawRecord into its outputs: a ValidatedRecord or a QuarantinedRecord, plus
 * any DataQualityDegraded alert of a window the record closed. Output ids are derived
 * from the input event id ({@link OutputIds}).
 */
@Component
class RecordChecker {

	private final ContractCatalog contracts;

	private final RecordIdWindow recordIds;

	private final QualityMonitor monitor;

	private final RecentRecords recent;

	private final ValidationMetrics metrics;

	RecordChecker(ContractCatalog contracts, RecordIdWindow recordIds, QualityMonitor monitor, RecentRecords recent,
			ValidationMetrics metrics) {
		this.contracts = contracts;
		this.recordIds = recordIds;
		this.monitor = monitor;
		this.recent = recent;
		this.metrics = metrics;
	}

	/**
	 * The outputs of one record.
	 *
	 * @param validated the valid record, or {@code null}
	 * @param quarantined the quarantined record, or {@code null}
	 * @param alerts alerts of a window this record closed
	 */
	record Outcome(ValidatedRecord validated, QuarantinedRecord quarantined, List<DataQualityDegraded> alerts) {
	}

	Outcome check(RawRecord record, Instant now) {
		long started = System.nanoTime();
		this.recent.add(record.dataset(), record.fields());
		Optional<DataContract> contract = this.contracts.current(record.dataset());
		Outcome outcome = contract.map((found) -> check(record, found, now)).orElseGet(() -> unknown(record, now));
		this.metrics.record(record.dataset(), outcome.validated() != null,
				Duration.ofNanos(System.nanoTime() - started));
		if (outcome.quarantined() != null) {
			outcome.quarantined()
				.violations()
				.forEach((violation) -> this.metrics.violation(record.dataset(), violation));
		}
		return outcome;
	}

	private Outcome check(RawRecord record, DataContract contract, Instant now) {
		boolean checksUnique = contract.definition()
			.expectations()
			.stream()
			.anyMatch((spec) -> ExpectationKind.UNIQUE.id().equals(spec.kind()));
		boolean duplicate = checksUnique && this.recordIds.isDuplicate(record.dataset(), record.recordId(),
				record.metadata().eventId(), record.replayId());
		Validation validation = RecordValidator.validate(contract.definition(), record.fields(), duplicate,
				record.recordId(), now);
		List<DataQualityDegraded> alerts = new ArrayList<>();
		for (Breach breach : this.monitor.observe(contract, validation.typed(), now)) {
			alerts.add(alert(record, breach, now));
		}
		if (!validation.valid()) {
			return new Outcome(null,
					quarantine(record, contract.version(), validation.entityId(), validation.violations(), now),
					alerts);
		}
		ValidatedRecord validated = new ValidatedRecord(OutputIds.causedBy(record.metadata(), "validated", now),
				record.dataset(), record.recordId(), validation.entityId(), record.batchId(), contract.version(),
				validation.eventTime(), record.ingestedAt(), validation.fields());
		return new Outcome(validated, null, alerts);
	}

	private Outcome unknown(RawRecord record, Instant now) {
		Violation violation = new Violation("unknown_dataset", null, record.dataset(),
				"dataset '" + record.dataset() + "' has no data contract");
		return new Outcome(null, quarantine(record, null, record.entityId(), List.of(violation), now), List.of());
	}

	private static QuarantinedRecord quarantine(RawRecord record, Integer version, String entityId,
			List<Violation> violations, Instant now) {
		return new QuarantinedRecord(OutputIds.causedBy(record.metadata(), "quarantined", now), record.dataset(),
				record.recordId(), (entityId != null) ? entityId : record.entityId(), record.batchId(), version,
				record.fields(), violations);
	}

	private DataQualityDegraded alert(RawRecord record, Breach breach, Instant now) {
		String purpose = "alert:" + breach.rule() + ":" + breach.field() + ":" + breach.windowStart();
		this.metrics.alert(record.dataset(), breach.rule());
		return new DataQualityDegraded(OutputIds.causedBy(record.metadata(), purpose, now), record.dataset(),
				OutputIds.derive(record.metadata().eventId(), purpose), breach.rule(), breach.field(),
				breach.observed(), breach.threshold(), breach.mostly(), breach.windowStart(), breach.windowEnd());
	}

}
