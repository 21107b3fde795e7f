package dev.loopline.validation.quarantine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.ValidatedRecord;
import dev.loopline.contracts.Violation;
import dev.loopline.validation.check.RecordValidator;
import dev.loopline.validation.check.Validation;
import dev.loopline.validation.contract.ContractCatalog;
import dev.loopline.validation.contract.DataContract;
import dev.loopline.validation.pipeline.OutputIds;
import dev.loopline.validation.pipeline.OutputPublisher;

import org.springframework.stereotype.Service;

/**
 * Re-checks quarantined rows against the dataset's current contract (read from the
 * database, not the cache: an operator replays right after fixing the contract). Rows
 * that now pass are published as ValidatedRecords and only then marked released; a crash
 * in between re-publishes them on the next replay with the same derived event id (row id
 * + contract version), which downstream consumers deduplicate. The others keep their
 * refreshed violations.
 */
@Service
class QuarantineReplay {

	/** Most rows one replay call re-checks; call again for the rest. */
	static final int MAX_ROWS = 10_000;

	private final QuarantineQueries queries;

	private final ContractCatalog contracts;

	private final OutputPublisher publisher;

	QuarantineReplay(QuarantineQueries queries, ContractCatalog contracts, OutputPublisher publisher) {
		this.queries = queries;
		this.contracts = contracts;
		this.publisher = publisher;
	}

	/**
	 * The outcome of a replay.
	 *
	 * @param checked rows re-checked
	 * @param released rows that passed and were published
	 * @param stillQuarantined rows that still fail
	 */
	record Result(int checked, int released, int stillQuarantined) {
	}

	Result replay(QuarantineQueries.Filter filter) {
		List<QuarantinedItem> rows = this.queries.find(filter, true, 0, MAX_ROWS);
		Optional<DataContract> contract = this.contracts.currentUncached(filter.dataset());
		if (contract.isEmpty()) {
			return new Result(rows.size(), 0, rows.size());
		}
		Instant now = Instant.now();
		List<QuarantinedItem> released = new ArrayList<>();
		List<CompletableFuture<?>> sends = new ArrayList<>();
		for (QuarantinedItem row : rows) {
			Validation validation = RecordValidator.validate(contract.get().definition(), row.fields(), false,
					row.recordId(), now);
			if (validation.valid()) {
				sends.add(this.publisher.send("validatedRecords", validated(row, contract.get(), validation, now)));
				released.add(row);
			}
			else {
				this.queries.refresh(row.id(), contract.get().version(), validation.violations());
			}
		}
		this.publisher.await(sends);
		released.forEach((row) -> this.queries.release(row.id(), contract.get().version(), now));
		return new Result(rows.size(), released.size(), rows.size() - released.size());
	}

	private static ValidatedRecord validated(QuarantinedItem row, DataContract contract, Validation validation,
			Instant now) {
		EventMetadata metadata = new EventMetadata(OutputIds.derive(row.id(), "released:" + contract.version()), now,
				row.correlationId(), EventMetadata.CURRENT_SCHEMA_VERSION);
		return new ValidatedRecord(metadata, row.dataset(), row.recordId(), validation.entityId(), row.batchId(),
				contract.version(), validation.eventTime(), row.ingestedAt(), validation.fields());
	}

}
