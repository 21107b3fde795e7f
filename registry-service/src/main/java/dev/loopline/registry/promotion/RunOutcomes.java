package dev.loopline.registry.promotion;

import java.sql.Timestamp;

import dev.loopline.contracts.TrainingRunFinished;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code run_outcome} table: failed runs are recorded, never versioned.
 */
@Repository
class RunOutcomes {

	private final JdbcClient jdbc;

	RunOutcomes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void recordFailure(TrainingRunFinished run) {
		this.jdbc.sql("""
				insert into run_outcome (run_id, name, status, failure_reason, started_at, finished_at, correlation_id)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(run.runId(), run.modelName(), run.status().name(), run.failureReason(),
					Timestamp.from(run.startedAt()), Timestamp.from(run.finishedAt()), run.metadata().correlationId())
			.update();
	}

}
