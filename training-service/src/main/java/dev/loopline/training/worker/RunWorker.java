package dev.loopline.training.worker;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import dev.loopline.training.config.Poller;
import dev.loopline.training.config.TrainingProperties;
import dev.loopline.training.run.RunRepository;
import dev.loopline.training.run.RunRequests.RunQueued;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes queued runs and trains them on a pool of {@code max-concurrent-runs} threads:
 * woken when a run is queued (after the commit) and when a run ends, and by a poll. The
 * claim is one statement ({@code FOR UPDATE SKIP LOCKED}, one running run per model). On
 * start, runs left RUNNING by a stopped or crashed process are marked FAILED
 * ("interrupted by a restart"): a half-done run has no artifact, and re-queuing it
 * silently would hide the crash; the trigger's next firing (or a person) asks again. This
 * assumes one training instance, which the single-threaded claim and the model-level
 * queue suit.
 */
@Component
public class RunWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RunWorker.class);

	private final RunRepository runs;

	private final RunRunner runner;

	private final TransactionTemplate transaction;

	private final int maxConcurrent;

	private volatile @Nullable ExecutorService pool;

	private final AtomicInteger active = new AtomicInteger();

	private final Poller poller;

	RunWorker(RunRepository runs, RunRunner runner, TransactionTemplate transaction, TrainingProperties properties) {
		this.runs = runs;
		this.runner = runner;
		// a transaction of its own: dispatch also runs in the after-commit callback of
		// the
		// transaction that queued the run, where joining would add to a finished one
		this.transaction = new TransactionTemplate(transaction.getTransactionManager());
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.maxConcurrent = properties.maxConcurrentRuns();
		this.poller = new Poller("training-worker-poll", properties.pollInterval(), this::dispatch);
	}

	/**
	 * Fails the runs a previous process left running, then starts polling.
	 */
	@Override
	public void start() {
		this.runner.failInterrupted();
		AtomicInteger threads = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(this.maxConcurrent, (runnable) -> {
			Thread thread = new Thread(runnable, "training-run-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.poller.start();
	}

	@Override
	public void stop() {
		this.poller.stop();
		ExecutorService stopped = this.pool;
		this.pool = null;
		if (stopped != null) {
			stopped.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.poller.isRunning();
	}

	@TransactionalEventListener
	void on(RunQueued queued) {
		try {
			dispatch();
		}
		catch (RuntimeException ex) {
			// the run is committed: the next poll takes it
			log.warn("Could not dispatch run {} at once", queued.runId(), ex);
		}
	}

	/**
	 * Claims queued runs while there is room and hands each to a pool thread.
	 */
	public synchronized void dispatch() {
		ExecutorService current = this.pool;
		while (current != null && this.active.get() < this.maxConcurrent && !current.isShutdown()) {
			Optional<UUID> claimed = claim();
			if (claimed.isEmpty()) {
				return;
			}
			this.active.incrementAndGet();
			current.execute(() -> runThenDispatch(claimed.get()));
		}
	}

	private Optional<UUID> claim() {
		try {
			return this.transaction.execute((status) -> this.runs.claimNext(this.runner.now()));
		}
		catch (DataIntegrityViolationException ex) {
			// another instance started a run of the same model at the same moment
			log.debug("Claim lost a race, retrying on the next poll", ex);
			return Optional.empty();
		}
	}

	private void runThenDispatch(UUID runId) {
		try {
			this.runner.run(runId);
		}
		finally {
			this.active.decrementAndGet();
		}
		dispatch();
	}

}
