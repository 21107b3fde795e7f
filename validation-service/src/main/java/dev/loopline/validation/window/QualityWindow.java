package dev.loopline.validation.window;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.loopline.validation.contract.ContractDefinition;
import dev.loopline.validation.contract.ExpectationSpec;
import dev.loopline.validation.contract.WindowSpec;
import org.jspecify.annotations.Nullable;

/**
 * The tumbling window of one dataset under one contract version: it closes after the
 * contract's record count, or when a record arrives after its duration, and then yields
 * the breaches of its windowed expectations, each at most once. Not thread-safe: the
 * {@link QualityMonitor} serializes access.
 */
public final class QualityWindow {

	private final ContractDefinition contract;

	private final int version;

	private final WindowSpec spec;

	private @Nullable Instant start;

	private long rows;

	private List<ExpectationAccumulator> accumulators = List.of();

	public QualityWindow(ContractDefinition contract, int version) {
		this.contract = contract;
		this.version = version;
		this.spec = contract.windowOrDefault();
	}

	public int version() {
		return this.version;
	}

	public boolean hasRules() {
		return this.contract.expectations().stream().anyMatch(ExpectationSpec::isWindowed);
	}

	/**
	 * Adds one record's coerced values.
	 * @param typed the coerced values
	 * @param now the current time
	 * @return the breaches of any window closed by this record
	 */
	public List<Breach> add(Map<String, Object> typed, Instant now) {
		List<Breach> breaches = new ArrayList<>();
		Duration duration = this.spec.duration();
		if (this.start != null && duration != null && !now.isBefore(this.start.plus(duration))) {
			breaches.addAll(close(this.start.plus(duration)));
		}
		if (this.start == null) {
			open(now);
		}
		this.rows++;
		this.accumulators.forEach((accumulator) -> accumulator.add(typed, now));
		if (this.spec.records() != null && this.rows >= this.spec.records()) {
			breaches.addAll(close(now));
		}
		return breaches;
	}

	private void open(Instant now) {
		this.start = now;
		this.rows = 0;
		this.accumulators = this.contract.expectations()
			.stream()
			.filter(ExpectationSpec::isWindowed)
			.map(ExpectationAccumulator::new)
			.toList();
	}

	private List<Breach> close(Instant end) {
		Instant from = this.start;
		Instant to = end.isAfter(from) ? end : from.plusNanos(1);
		List<Breach> breaches = new ArrayList<>();
		this.accumulators.forEach((accumulator) -> accumulator.evaluate(from, to).ifPresent(breaches::add));
		this.start = null;
		return breaches;
	}

}
