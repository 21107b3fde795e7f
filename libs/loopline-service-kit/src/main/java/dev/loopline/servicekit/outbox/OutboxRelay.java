package dev.loopline.servicekit.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.loopline.contracts.EventCodec;
import dev.loopline.servicekit.kafka.EventPublisher;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the outbox's events in the order they were committed, waits for the broker's
 * acknowledgements and only then deletes them, all in one database transaction that holds
 * a per-schema advisory lock: one relay at a time publishes a schema's outbox, so events
 * of one model keep their order even with several replicas. A failed send rolls the
 * transaction back and the events are tried again at the next poll, with the same event
 * ids.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final String LOCK = "select pg_try_advisory_xact_lock(hashtext(current_schema() || '.outbox_event'))";

	private static final String SELECT = "select seq, event_id, binding, ce_type, payload from outbox_event "
			+ "where last_error is null order by seq limit ?";

	private final JdbcTemplate jdbcTemplate;

	private final TransactionTemplate transactionTemplate;

	private final EventPublisher publisher;

	private final EventCodec codec;

	private final OutboxProperties properties;

	private final Counter published;

	private final AtomicBoolean drainQueued = new AtomicBoolean();

	private volatile ScheduledExecutorService executor;

	public OutboxRelay(JdbcTemplate jdbcTemplate, TransactionTemplate transactionTemplate, EventPublisher publisher,
			EventCodec codec, OutboxProperties properties, MeterRegistry meterRegistry) {
		this.jdbcTemplate = jdbcTemplate;
		this.transactionTemplate = transactionTemplate;
		this.publisher = publisher;
		this.codec = codec;
		this.properties = properties;
		this.published = Counter.builder("loopline.outbox.published")
			.description("Outbox events acknowledged by the broker")
			.register(meterRegistry);
		Gauge.builder("loopline.outbox.pending", this, OutboxRelay::pending)
			.description("Outbox events committed and not yet acknowledged by the broker")
			.register(meterRegistry);
	}

	/**
	 * Publishes every pending event now, in batches, on the calling thread.
	 * @return how many events were published; {@code 0} also when another relay holds the
	 * lock
	 */
	public int publishPending() {
		int total = 0;
		int sent;
		do {
			sent = this.transactionTemplate.execute((status) -> publishBatch());
			total += sent;
		}
		while (sent == this.properties.batchSize());
		return total;
	}

	/** Asks the relay to publish soon (after a commit); a no-op while it is stopped. */
	public void wake() {
		ScheduledExecutorService current = this.executor;
		if (current != null && this.drainQueued.compareAndSet(false, true)) {
			current.execute(this::drain);
		}
	}

	private int publishBatch() {
		if (!Boolean.TRUE.equals(this.jdbcTemplate.queryForObject(LOCK, Boolean.class))) {
			return 0;
		}
		List<Long> sequences = new ArrayList<>();
		List<CompletableFuture<?>> sends = new ArrayList<>();
		this.jdbcTemplate.query(SELECT, (row) -> {
			long seq = row.getLong("seq");
			try {
				sends.add(this.publisher.send(row.getString("binding"), this.codec
					.decode(row.getString("payload").getBytes(StandardCharsets.UTF_8), row.getString("ce_type"))));
				sequences.add(seq);
			}
			catch (RuntimeException ex) {
				// only an event this release cannot read gets here; it would block the
				// outbox forever, so it is set aside for an operator, never dropped
				log.error("Outbox event {} cannot be published and is set aside: {}", row.getObject("event_id"),
						ex.getMessage());
				this.jdbcTemplate.update("update outbox_event set last_error = ? where seq = ?", ex.toString(), seq);
			}
		}, this.properties.batchSize());
		EventPublisher.awaitAll(sends, this.properties.sendTimeout());
		for (Long seq : sequences) {
			this.jdbcTemplate.update("delete from outbox_event where seq = ?", seq);
		}
		this.published.increment(sequences.size());
		return sequences.size();
	}

	private void drain() {
		this.drainQueued.set(false);
		try {
			publishPending();
		}
		catch (RuntimeException ex) {
			log.warn("Outbox events not published yet, will retry in {}: {}", this.properties.pollInterval(),
					ex.getMessage());
		}
	}

	private double pending() {
		Long count = this.jdbcTemplate.queryForObject("select count(*) from outbox_event", Long.class);
		return (count != null) ? count : 0;
	}

	@Override
	public void start() {
		if (!this.properties.relayEnabled() || this.executor != null) {
			return;
		}
		ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "outbox-relay");
			thread.setDaemon(true);
			return thread;
		});
		long interval = this.properties.pollInterval().toMillis();
		started.scheduleWithFixedDelay(this::drain, 0, interval, TimeUnit.MILLISECONDS);
		this.executor = started;
	}

	@Override
	public void stop() {
		ScheduledExecutorService current = this.executor;
		this.executor = null;
		if (current != null) {
			current.shutdown();
			try {
				current.awaitTermination(this.properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

}
