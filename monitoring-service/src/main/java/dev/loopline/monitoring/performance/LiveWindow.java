package dev.loopline.monitoring.performance;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import dev.loopline.models.Task;
import dev.loopline.monitoring.statistics.Adwin;

/**
 * One champion's labelled predictions: the last {@code size} outcomes (the live metric:
 * accuracy, or RMSE for regression) and ADWIN over the 0/1 error stream of classification
 * and anomaly models. Not thread-safe: callers hold its monitor.
 */
final class LiveWindow {

	private final Task task;

	private final int size;

	private final Deque<Outcome> outcomes = new ArrayDeque<>();

	private final Adwin adwin;

	private double sum;

	private long sinceJudged;

	LiveWindow(Task task, int size, double adwinDelta) {
		this.task = task;
		this.size = size;
		this.adwin = new Adwin(adwinDelta, Math.max(1000, 2 * size));
	}

	/**
	 * Adds an outcome.
	 * @param error 0/1 for a wrong label, or the signed error of a regression
	 * @param at when the label arrived
	 * @return whether ADWIN found a rise of the error rate
	 */
	boolean add(double error, Instant at) {
		double contribution = regression() ? error * error : error;
		this.outcomes.addLast(new Outcome(contribution, at));
		this.sum += contribution;
		if (this.outcomes.size() > this.size) {
			this.sum -= this.outcomes.removeFirst().contribution();
		}
		this.sinceJudged++;
		return !regression() && this.adwin.add(error) == Adwin.Change.INCREASE;
	}

	/** Accuracy, or RMSE for regression, over the window. */
	double metric() {
		double mean = this.sum / Math.max(1, this.outcomes.size());
		return regression() ? Math.sqrt(mean) : 1 - mean;
	}

	String metricName() {
		return regression() ? "rmse" : "accuracy";
	}

	boolean lowerIsBetter() {
		return regression();
	}

	int count() {
		return this.outcomes.size();
	}

	Instant start() {
		return this.outcomes.isEmpty() ? Instant.EPOCH : this.outcomes.getFirst().at();
	}

	Instant end() {
		return this.outcomes.isEmpty() ? Instant.EPOCH : this.outcomes.getLast().at();
	}

	/** Outcomes since the last alert was raised from this window. */
	long sinceJudged() {
		return this.sinceJudged;
	}

	void judged() {
		this.sinceJudged = 0;
	}

	private boolean regression() {
		return this.task == Task.REGRESSION;
	}

	private record Outcome(double contribution, Instant at) {
	}

}
