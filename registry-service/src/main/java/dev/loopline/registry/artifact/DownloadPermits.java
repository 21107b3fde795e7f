package dev.loopline.registry.artifact;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.loopline.servicekit.problem.ServiceUnavailableException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Bounds the downloads served at once. Each holds a verified temporary copy of its bundle
 * until the response is written, so the bound caps disk use and database connections; a
 * download beyond it is answered at once (503 with {@code Retry-After}) rather than
 * queued, so a serving replica retries instead of piling up on a busy registry.
 */
final class DownloadPermits {

	/** How long a refused client waits: a bundle copy takes seconds, not minutes. */
	static final Duration RETRY_AFTER = Duration.ofSeconds(2);

	private final Semaphore semaphore;

	private final int max;

	private final Counter refused;

	DownloadPermits(int max, MeterRegistry meters) {
		this.semaphore = new Semaphore(max);
		this.max = max;
		this.refused = meters.counter("loopline.registry.downloads.refused");
	}

	/**
	 * Takes a permit.
	 * @return returns the permit; running it more than once returns it once
	 * @throws ServiceUnavailableException if all permits are taken
	 */
	Runnable acquire() {
		if (!this.semaphore.tryAcquire()) {
			this.refused.increment();
			throw new ServiceUnavailableException(RETRY_AFTER, "All " + this.max
					+ " download slots are busy (loopline.registry.max-concurrent-downloads); retry shortly.");
		}
		AtomicBoolean released = new AtomicBoolean();
		return () -> {
			if (released.compareAndSet(false, true)) {
				this.semaphore.release();
			}
		};
	}

}
