package dev.loopline.training.config;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs a task on its own daemon thread with a fixed delay while the application runs:
 * started after every other bean, stopped before them (so a poll never meets a closed
 * data source). A failing poll is logged and the next one runs as planned.
 */
public final class Poller implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Poller.class);

	private final String name;

	private final Duration every;

	private final Runnable task;

	private @Nullable ScheduledExecutorService executor;

	/**
	 * Creates a poller.
	 * @param name the thread name
	 * @param every the delay between the end of a poll and the start of the next
	 * @param task the poll
	 */
	public Poller(String name, Duration every, Runnable task) {
		this.name = name;
		this.every = every;
		this.task = task;
	}

	@Override
	public synchronized void start() {
		ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, this.name);
			thread.setDaemon(true);
			return thread;
		});
		started.scheduleWithFixedDelay(this::pollSafely, this.every.toMillis(), this.every.toMillis(),
				TimeUnit.MILLISECONDS);
		this.executor = started;
	}

	@Override
	public synchronized void stop() {
		if (this.executor != null) {
			this.executor.shutdownNow();
			awaitTermination(this.executor);
			this.executor = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

	private void pollSafely() {
		try {
			this.task.run();
		}
		catch (RuntimeException ex) {
			log.warn("Poll {} failed; the next one runs in {}", this.name, this.every, ex);
		}
	}

	private static void awaitTermination(ScheduledExecutorService executor) {
		try {
			executor.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
