package dev.loopline.ingestion.landing;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Ingestion's own metrics: {@code loopline.ingestion.records{dataset,source,outcome}}
 * (accepted, duplicate, malformed) and the gauge
 * {@code loopline.ingestion.outbox.pending} of landed rows not yet acknowledged by the
 * broker, refreshed by every sweep.
 */
@Component
class IngestionMetrics {

	private static final String RECORDS = "loopline.ingestion.records";

	private final MeterRegistry registry;

	private final AtomicLong pending = new AtomicLong();

	IngestionMetrics(MeterRegistry registry) {
		this.registry = registry;
		Gauge.builder("loopline.ingestion.outbox.pending", this.pending, AtomicLong::get)
			.description("Landed records not yet acknowledged by the broker")
			.register(registry);
	}

	void landed(BatchRef batch, LandingResult result) {
		count(batch, "accepted", result.accepted());
		count(batch, "duplicate", result.duplicates());
	}

	void malformed(BatchRef batch, int lines) {
		count(batch, "malformed", lines);
	}

	void outboxPending(long rows) {
		this.pending.set(rows);
	}

	private void count(BatchRef batch, String outcome, long amount) {
		if (amount > 0) {
			Counter.builder(RECORDS)
				.description("Records received by ingestion, by outcome")
				.tag("dataset", batch.dataset())
				.tag("source", batch.source().name().toLowerCase(java.util.Locale.ROOT))
				.tag("outcome", outcome)
				.register(this.registry)
				.increment(amount);
		}
	}

}
