package dev.loopline.servicekit.outbox;

import java.util.UUID;

import dev.loopline.contracts.EventCodec;
import dev.loopline.contracts.LooplineEvent;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores events in the {@code outbox_event} table inside the caller's transaction, so
 * they are published if and only if the transaction commits: a registry decision and its
 * {@code ModelPromoted} never diverge. After the commit the {@link OutboxRelay} is woken
 * to publish at once; should the service die first, the relay's poll publishes the stored
 * event later with the same event id, which consumers deduplicate on.
 */
public class Outbox {

	private static final String INSERT = "insert into outbox_event (event_id, binding, ce_type, payload) "
			+ "values (?, ?, ?, ?)";

	private final JdbcTemplate jdbcTemplate;

	private final EventCodec codec;

	private final Runnable afterCommit;

	/**
	 * Creates an outbox.
	 * @param jdbcTemplate the template on the service's data source
	 * @param codec the event codec
	 * @param afterCommit what to do once a transaction holding events commits (wake the
	 * relay)
	 */
	public Outbox(JdbcTemplate jdbcTemplate, EventCodec codec, Runnable afterCommit) {
		this.jdbcTemplate = jdbcTemplate;
		this.codec = codec;
		this.afterCommit = afterCommit;
	}

	/**
	 * Adds an event to publish once the current transaction commits.
	 * @param binding the output binding whose destination receives it, e.g.
	 * {@code modelEvents}
	 * @param event the event
	 * @throws IllegalStateException if no transaction is active: without one the event
	 * would be committed on its own, which is exactly what an outbox must prevent
	 */
	public void add(String binding, LooplineEvent event) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Outbox.add needs an active transaction (the one that changes the state "
					+ "the event announces); none is active for " + event.type());
		}
		UUID eventId = event.metadata().eventId();
		this.jdbcTemplate.update(INSERT, eventId, binding, event.type().ceType(), this.codec.encodeToString(event));
		TransactionSynchronizationManager.registerSynchronization(new WakeAfterCommit(this.afterCommit));
	}

	/**
	 * Wakes the relay after the commit. Equal instances (one per added event) collapse
	 * into one, as the transaction keeps its synchronizations in a set.
	 */
	private record WakeAfterCommit(Runnable wake) implements TransactionSynchronization {

		@Override
		public void afterCommit() {
			this.wake.run();
		}

	}

}
