package dev.loopline.monitoring.drift;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One champion's drift window filling up. It closes when full, or, with a duration, once
 * that old with enough rows; the age is checked when a record arrives (a quiet stream
 * keeps its window open). Not thread-safe: callers hold its monitor.
 */
final class DriftWindow {

	private List<Map<String, Object>> rows = new ArrayList<>();

	private Instant start = Instant.EPOCH;

	void add(Map<String, Object> row, Instant now) {
		if (this.rows.isEmpty()) {
			this.start = now;
		}
		this.rows.add(row);
	}

	@Nullable Taken takeIfDue(int size, Duration duration, int minSize, Instant now) {
		boolean full = this.rows.size() >= size;
		boolean old = !duration.isZero() && this.rows.size() >= minSize && !now.isBefore(this.start.plus(duration));
		if (!full && !old) {
			return null;
		}
		Taken taken = new Taken(this.rows, this.start);
		this.rows = new ArrayList<>();
		return taken;
	}

	/**
	 * A closed window.
	 *
	 * @param rows its rows
	 * @param start when its first row arrived
	 */
	record Taken(List<Map<String, Object>> rows, Instant start) {
	}

}
