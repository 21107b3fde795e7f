package dev.loopline.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Drives HTTP load with the JDK client (HTTP/1.1, keep-alive): a closed loop of N clients
 * that each send the next request when the last one answered (the maximum rate), and an
 * open loop that sends at a fixed rate whatever the answers do, recording each latency
 * from the request's <em>intended</em> send time in an HdrHistogram (microseconds), so a
 * stall is not hidden by coordinated omission.
 */
final class LoadGenerator {

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	/**
	 * Requests per second of {@code clients} closed-loop clients over {@code duration}.
	 */
	double closedLoop(Supplier<HttpRequest> requests, int clients, Duration duration) throws InterruptedException {
		AtomicLong done = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		long end = System.nanoTime() + duration.toNanos();
		List<Thread> threads = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < clients; i++) {
			Thread thread = new Thread(() -> {
				while (System.nanoTime() < end) {
					if (send(requests.get())) {
						done.incrementAndGet();
					}
					else {
						failed.incrementAndGet();
					}
				}
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		requireNoFailures(failed.get());
		return done.get() / ((System.nanoTime() - start) / 1e9);
	}

	/** Latencies in microseconds of requests sent at {@code rate} per second. */
	Histogram openLoop(Supplier<HttpRequest> requests, double rate, Duration duration) {
		Histogram latencies = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(1), 3);
		AtomicLong failed = new AtomicLong();
		long interval = (long) (1e9 / rate);
		long count = (long) (duration.toNanos() / interval);
		List<CompletableFuture<?>> pending = new ArrayList<>();
		long start = System.nanoTime();
		for (long i = 0; i < count; i++) {
			long intended = start + i * interval;
			while (System.nanoTime() < intended) {
				LockSupport.parkNanos(intended - System.nanoTime());
			}
			pending.add(this.client.sendAsync(requests.get(), HttpResponse.BodyHandlers.discarding())
				.whenComplete((response, failure) -> {
					if (failure != null || response.statusCode() != 200) {
						failed.incrementAndGet();
					}
					latencies.recordValue(Math.max(0, (System.nanoTime() - intended) / 1000));
				}));
		}
		CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally((ex) -> null).join();
		requireNoFailures(failed.get());
		return latencies;
	}

	private boolean send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (java.io.IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void requireNoFailures(long failed) {
		if (failed > 0) {
			throw new IllegalStateException(failed + " requests failed: the figures would be meaningless");
		}
	}

}
