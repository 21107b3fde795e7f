package dev.loopline.featurestore.online;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Background reloads of cached entries, many keys per query. Caffeine refreshes one key
 * at a time (refresh after write), and by default on a new thread per key on a two-core
 * machine (its common pool has no spare parallelism): a busy service would pay a thread
 * and a database round trip per lookup once its entries are older than the refresh
 * interval. Here the keys asked for within {@code window} are read together, on one
 * thread; lookups never wait for them (the cached value is served meanwhile).
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class CoalescedReloads<K, V> implements AutoCloseable {

	private final Function<Set<K>, Map<K, V>> loader;

	private final Duration window;

	private final Map<K, CompletableFuture<V>> pending = new ConcurrentHashMap<>();

	private final AtomicBoolean scheduled = new AtomicBoolean();

	private final ScheduledExecutorService executor;

	/**
	 * @param name the name of the reload thread
	 * @param window how long keys are collected before one load reads them all
	 * @param loader loads some keys: a value for every key asked for
	 */
	CoalescedReloads(String name, Duration window, Function<Set<K>, Map<K, V>> loader) {
		this.loader = loader;
		this.window = window;
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		});
		executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		this.executor = executor;
	}

	/** The value of a key, read with the others asked for in the same window. */
	CompletableFuture<V> reload(K key) {
		CompletableFuture<V> future = this.pending.computeIfAbsent(key, (absent) -> new CompletableFuture<>());
		if (this.scheduled.compareAndSet(false, true)) {
			this.executor.schedule(this::drain, this.window.toNanos(), TimeUnit.NANOSECONDS);
		}
		return future;
	}

	private void drain() {
		// cleared first: a key added while this load runs schedules the next one
		this.scheduled.set(false);
		Map<K, CompletableFuture<V>> batch = new HashMap<>();
		for (K key : this.pending.keySet()) {
			CompletableFuture<V> future = this.pending.remove(key);
			if (future != null) {
				batch.put(key, future);
			}
		}
		if (batch.isEmpty()) {
			return;
		}
		try {
			Map<K, V> loaded = this.loader.apply(batch.keySet());
			batch.forEach((key, future) -> future.complete(loaded.get(key)));
		}
		catch (RuntimeException ex) {
			// Caffeine keeps the cached value and tries again on a later lookup
			batch.values().forEach((future) -> future.completeExceptionally(ex));
		}
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
		this.pending.values().forEach((future) -> future.cancel(false));
	}

}
