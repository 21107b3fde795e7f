package dev.loopline.ingestion.config;

import java.time.Duration;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Retries a batch-mode listener's database work while the database is away. A batch
 * listener gets no retries from the binder, and the container's error handler would skip
 * the poll after a few quick attempts, so the listener waits here instead (about 90 s,
 * well inside {@code max.poll.interval.ms}); landing and verdicts are idempotent, so a
 * redelivery after a final failure is harmless.
 */
public final class DatabaseRetry {

	private DatabaseRetry() {
	}

	public static RetryTemplate create() {
		return new RetryTemplate(RetryPolicy.builder()
			.includes(TransientDataAccessException.class, DataAccessResourceFailureException.class,
					CannotCreateTransactionException.class)
			.maxRetries(8)
			.delay(Duration.ofMillis(500))
			.multiplier(2)
			.maxDelay(Duration.ofSeconds(30))
			.build());
	}

}
