package dev.loopline.servicekit.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.loopline.contracts.EventCodec;
import dev.loopline.contracts.LooplineEvent;
import dev.loopline.servicekit.kafka.EventPublisher;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the outbox's events in the order they were inserted, waits for the broker's
 * acknowledgements and only then deletes them, all in one database transaction that holds
 * a per-schema advisory lock: one relay at a time publishes a schema's outbox. Insertion
 * order is the order of the events of one key as long as the caller serializes the
 * transactions of that key (the registry locks the model's row, training allows one
 * running run per model). A failed send rolls the transaction back and the events are
 * tried again at the next poll, with the same event ids: delivery is at least once, and
 * consumers deduplicate on the event id.
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
		Gauge.builder("loopline.outbox.pending", this, (relay) -> relay.count("last_error is null"))
			.description("Outbox events committed and not yet acknowledged by the broker")
			.register(meterRegistry);
		Gauge.builder("loopline.outbox.set.aside", this, (relay) -> relay.count("last_error is not null"))
			.description("Outbox events that cannot be decoded and wait for an operator")
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
			try {
				current.execute(this::drain);
			}
			catch (RejectedExecutionException ex) {
				// stopping: the caller's work is committed and the next start publishes
				// it
				this.drainQueued.set(false);
			}
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
			LooplineEvent event = decodeOrSetAside(seq, row.getObject("event_id"), row.getString("ce_type"),
					row.getString("payload"));
			if (event != null) {
				// a send that fails at once (producer closed, brokers not resolvable yet)
				// propagates: the transaction rolls back and the next poll tries again
				sends.add(this.publisher.send(row.getString("binding"), event));
				sequences.add(seq);
			}
		}, this.properties.batchSize());
		EventPublisher.awaitAll(sends, this.properties.sendTimeout());
		this.jdbcTemplate.update("delete from outbox_event where seq = any(?)",
				(Object) sequences.toArray(Long[]::new));
		this.published.increment(sequences.size());
		return sequences.size();
	}

	/**
	 * Only an event this release cannot read is set aside: it would block the outbox
	 * forever, so it waits for an operator ({@code loopline.outbox.set.aside}), never
	 * dropped.
	 */
	private @Nullable LooplineEvent decodeOrSetAside(long seq, Object eventId, String ceType, String payload) {
		try {
			return this.codec.decode(payload.getBytes(StandardCharsets.UTF_8), ceType);
		}
		catch (RuntimeException ex) {
			log.error("Outbox event {} cannot be decoded and is set aside: {}", eventId, ex.getMessage());
			this.jdbcTemplate.update("update outbox_event set last_error = ? where seq = ?", ex.toString(), seq);
			return null;
		}
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

	private double count(String condition) {
		Long count = this.jdbcTemplate.queryForObject("select count(*) from outbox_event where " + condition,
				Long.class);
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
