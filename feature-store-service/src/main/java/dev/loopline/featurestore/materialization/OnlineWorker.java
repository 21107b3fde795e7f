package dev.loopline.featurestore.materialization;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Refreshes due online rows in the background, on one thread: woken after each appended
 * chunk, and every second anyway (for entities left due by a crash or another instance).
 * A failed refresh rolls back, leaves its entities due and is tried again a second later.
 */
@Component
class OnlineWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OnlineWorker.class);

	private static final int BATCH = 1000;

	private static final Duration IDLE = Duration.ofSeconds(1);

	private final Materializer materializer;

	private final Semaphore wake = new Semaphore(0);

	private volatile boolean running;

	private Thread thread;

	OnlineWorker(Materializer materializer) {
		this.materializer = materializer;
	}

	void wake() {
		this.wake.release();
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = new Thread(this::run, "online-refresh");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		this.wake.release();
		try {
			this.thread.join(Duration.ofSeconds(10).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void run() {
		while (this.running) {
			try {
				while (this.running && this.materializer.refreshDue(BATCH) > 0) {
					this.wake.drainPermits();
				}
				this.wake.tryAcquire(IDLE.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Online refresh failed, its entities stay due: {}", ex.getMessage());
				this.wake.drainPermits();
				sleep();
			}
		}
	}

	private void sleep() {
		try {
			Thread.sleep(IDLE.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
