package dev.loopline.contracts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Argument checks and defensive copies shared by the event records.
 */
final class Checks {

	private Checks() {
	}

	static <T> T notNull(T value, String name) {
		return Objects.requireNonNull(value, () -> name + " must not be null");
	}

	static String text(String value, String name) {
		notNull(value, name);
		if (value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		return value;
	}

	static String optionalText(String value, String name) {
		if (value != null && value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank when present");
		}
		return value;
	}

	static int version(int value, String name) {
		if (value < 1) {
			throw new IllegalArgumentException(name + " must be >= 1, was " + value);
		}
		return value;
	}

	static Integer optionalVersion(Integer value, String name) {
		return (value != null) ? version(value, name) : null;
	}

	static long notNegative(long value, String name) {
		if (value < 0) {
			throw new IllegalArgumentException(name + " must be >= 0, was " + value);
		}
		return value;
	}

	static void window(java.time.Instant start, java.time.Instant end) {
		notNull(start, "windowStart");
		notNull(end, "windowEnd");
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("windowEnd " + end + " is before windowStart " + start);
		}
	}

	/**
	 * Copies a map of free JSON values, keeping insertion order and {@code null} values
	 * (which {@link Map#copyOf} would reject). A {@code null} map becomes empty.
	 */
	static <V> Map<String, V> freeMap(Map<String, V> map, String name) {
		if (map == null) {
			return Map.of();
		}
		map.keySet().forEach((key) -> notNull(key, name + " key"));
		return Collections.unmodifiableMap(new LinkedHashMap<>(map));
	}

	/**
	 * Copies a map whose values must all be present, keeping insertion order. A
	 * {@code null} map becomes empty.
	 */
	static <V> Map<String, V> strictMap(Map<String, V> map, String name) {
		if (map == null) {
			return Map.of();
		}
		map.forEach((key, value) -> {
			notNull(key, name + " key");
			notNull(value, name + "['" + key + "']");
		});
		return Collections.unmodifiableMap(new LinkedHashMap<>(map));
	}

	static <T> List<T> list(List<T> list, String name) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

	static String recordKey(String dataset, String entityId, String recordId) {
		return dataset + ":" + ((entityId != null) ? entityId : recordId);
	}

}
