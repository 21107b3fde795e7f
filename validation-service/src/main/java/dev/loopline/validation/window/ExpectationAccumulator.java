package dev.loopline.validation.window;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.loopline.validation.check.RowChecks;
import dev.loopline.validation.contract.ExpectationSpec;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Gathers what one windowed expectation needs over the rows of one window, in bounded
 * memory: counters, Commons Math running moments, a sample of at most
 * {@value #QUANTILE_SAMPLE} values for quantiles and a distinct set capped just above the
 * upper bound.
 */
final class ExpectationAccumulator {

	static final int QUANTILE_SAMPLE = 10_000;

	private static final int DISTINCT_CAP = 100_000;

	private final ExpectationSpec spec;

	private long rows;

	private long nulls;

	private long checked;

	private long passed;

	private final SummaryStatistics moments = new SummaryStatistics();

	private DescriptiveStatistics sample;

	private Set<Object> distinct;

	ExpectationAccumulator(ExpectationSpec spec) {
		this.spec = spec;
	}

	void add(Map<String, Object> typed, Instant now) {
		this.rows++;
		Object value = (this.spec.field() != null) ? typed.get(this.spec.field()) : null;
		if (this.spec.field() != null && value == null) {
			this.nulls++;
			return;
		}
		switch (this.spec.expectationKind()) {
			case MEAN_BETWEEN, STDDEV_BETWEEN -> this.moments.addValue(((Number) value).doubleValue());
			case QUANTILE_BETWEEN -> sample().addValue(((Number) value).doubleValue());
			case DISTINCT_COUNT_BETWEEN -> addDistinct(value);
			case NULL_RATE, ROW_COUNT -> {
			}
			default -> {
				this.checked++;
				this.passed += RowChecks.failure(this.spec, value, now).isEmpty() ? 1 : 0;
			}
		}
	}

	Optional<Breach> evaluate(Instant start, Instant end) {
		String field = this.spec.field();
		return switch (this.spec.expectationKind()) {
			case ROW_COUNT -> bounds(this.rows, start, end);
			case NULL_RATE -> (this.rows > 0 && share(this.nulls, this.rows) > this.spec.max())
					? breach(share(this.nulls, this.rows), this.spec.max(), start, end) : Optional.empty();
			case MEAN_BETWEEN ->
				(this.moments.getN() > 0) ? bounds(this.moments.getMean(), start, end) : Optional.empty();
			case STDDEV_BETWEEN ->
				(this.moments.getN() > 1) ? bounds(this.moments.getStandardDeviation(), start, end) : Optional.empty();
			case QUANTILE_BETWEEN -> (this.sample != null && this.sample.getN() > 0)
					? bounds(this.sample.getPercentile(Math.max(1e-9, this.spec.quantile() * 100)), start, end)
					: Optional.empty();
			case DISTINCT_COUNT_BETWEEN -> bounds((this.distinct != null) ? this.distinct.size() : 0, start, end);
			default -> mostly(start, end, field);
		};
	}

	private Optional<Breach> mostly(Instant start, Instant end, String field) {
		if (this.checked == 0) {
			return Optional.empty();
		}
		double share = share(this.passed, this.checked);
		return (share < this.spec.mostly())
				? Optional
					.of(new Breach(this.spec.kind(), field, share, this.spec.mostly(), this.spec.mostly(), start, end))
				: Optional.empty();
	}

	private Optional<Breach> bounds(double observed, Instant start, Instant end) {
		if (this.spec.min() != null && observed < this.spec.min()) {
			return breach(observed, this.spec.min(), start, end);
		}
		if (this.spec.max() != null && observed > this.spec.max()) {
			return breach(observed, this.spec.max(), start, end);
		}
		return Optional.empty();
	}

	private Optional<Breach> breach(double observed, double threshold, Instant start, Instant end) {
		return Optional.of(new Breach(this.spec.kind(), this.spec.field(), observed, threshold, null, start, end));
	}

	private void addDistinct(Object value) {
		if (this.distinct == null) {
			this.distinct = new HashSet<>();
		}
		int cap = (this.spec.max() != null) ? (int) Math.min(DISTINCT_CAP, this.spec.max() + 1) : DISTINCT_CAP;
		if (this.distinct.size() < cap) {
			this.distinct.add(value);
		}
	}

	private DescriptiveStatistics sample() {
		if (this.sample == null) {
			this.sample = new DescriptiveStatistics(QUANTILE_SAMPLE);
		}
		return this.sample;
	}

	private static double share(long part, long whole) {
		return (double) part / whole;
	}

}
