package dev.loopline.monitoring.statistics;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * ADWIN, the adaptive windowing change detector of Bifet and Gavaldà ("Learning from
 * time-changing data with adaptive windowing", SDM 2007), for a stream of values in [0,
 * 1] such as 0/1 prediction errors. It keeps a window of recent values and drops its
 * older part whenever two sub-windows have means that differ by more than the bound ε =
 * sqrt(2/m · σ² · ln(2/δ')) + 2/(3m) · ln(2/δ'), with m the harmonic mean of the
 * sub-window sizes and δ' = δ / ln(n) (the variance-based bound of the paper's practical
 * version, as in MOA). This is the exact variant over a bounded window (checked every
 * {@link #CLOCK} values) rather than the exponential-histogram compression: simpler to
 * verify, and the window bound keeps it O(window) per check. Not thread-safe.
 */
public final class Adwin {

	/** Values between two checks for a cut. */
	static final int CLOCK = 8;

	/** Fewest values on each side of a cut. */
	static final int MIN_SUB_WINDOW = 10;

	private final double delta;

	private final int maxWindow;

	private final Deque<Double> window = new ArrayDeque<>();

	private double sum;

	private int sinceCheck;

	/**
	 * Creates a detector.
	 * @param delta the confidence (smaller detects fewer, later changes), e.g. 0.002
	 * @param maxWindow the most values kept
	 */
	public Adwin(double delta, int maxWindow) {
		if (!(delta > 0 && delta < 1) || maxWindow < 2 * MIN_SUB_WINDOW) {
			throw new IllegalArgumentException("Need 0 < delta < 1 and maxWindow >= " + 2 * MIN_SUB_WINDOW);
		}
		this.delta = delta;
		this.maxWindow = maxWindow;
	}

	/**
	 * Adds a value and checks for a change.
	 * @param value the value, in [0, 1]
	 * @return the change found, or {@link Change#NONE}
	 */
	public Change add(double value) {
		this.window.addLast(value);
		this.sum += value;
		if (this.window.size() > this.maxWindow) {
			this.sum -= this.window.removeFirst();
		}
		if (++this.sinceCheck < CLOCK) {
			return Change.NONE;
		}
		this.sinceCheck = 0;
		Change change = Change.NONE;
		double before = mean();
		while (cutFound()) {
			this.sum -= this.window.removeFirst();
			change = (mean() > before) ? Change.INCREASE : Change.DECREASE;
		}
		return change;
	}

	/** The mean of the current window. */
	public double mean() {
		return this.window.isEmpty() ? 0 : this.sum / this.window.size();
	}

	/** The current window's length. */
	public int width() {
		return this.window.size();
	}

	private boolean cutFound() {
		int n = this.window.size();
		if (n < 2 * MIN_SUB_WINDOW) {
			return false;
		}
		double total = this.sum;
		double variance = variance(total / n);
		double deltaPrime = this.delta / Math.log(n);
		double log = Math.log(2 / deltaPrime);
		double head = 0;
		int n0 = 0;
		for (double value : this.window) {
			head += value;
			n0++;
			int n1 = n - n0;
			if (n1 < MIN_SUB_WINDOW) {
				return false;
			}
			if (n0 < MIN_SUB_WINDOW) {
				continue;
			}
			double m = 1 / (1.0 / n0 + 1.0 / n1);
			double epsilon = Math.sqrt(2 / m * variance * log) + 2 / (3 * m) * log;
			if (Math.abs(head / n0 - (total - head) / n1) > epsilon) {
				return true;
			}
		}
		return false;
	}

	private double variance(double mean) {
		double squares = 0;
		for (double value : this.window) {
			squares += (value - mean) * (value - mean);
		}
		return squares / this.window.size();
	}

	/** What a check found. */
	public enum Change {

		/** No change. */
		NONE,

		/** The recent values' mean is higher than the dropped ones'. */
		INCREASE,

		/** The recent values' mean is lower than the dropped ones'. */
		DECREASE

	}

}
