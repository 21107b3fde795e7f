package dev.loopline.deployment;

import java.util.List;
import java.util.Map;

/** Walking parsed YAML/JSON trees (maps and lists) without a cast at every step. */
final class Nodes {

	private Nodes() {
	}

	/**
	 * The value at a path of keys, {@code null} where any step is missing.
	 * @param node a map
	 * @param path keys, or list indexes as numbers
	 * @return the value or {@code null}
	 */
	static Object at(Object node, Object... path) {
		Object current = node;
		for (Object step : path) {
			if (current instanceof Map<?, ?> map) {
				current = map.get(step);
			}
			else if (current instanceof List<?> list && step instanceof Integer index && index < list.size()) {
				current = list.get(index);
			}
			else {
				return null;
			}
		}
		return current;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object node, Object... path) {
		Object value = at(node, path);
		return (value instanceof Map<?, ?>) ? (Map<String, Object>) value : Map.of();
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object node, Object... path) {
		Object value = at(node, path);
		return (value instanceof List<?>) ? (List<Object>) value : List.of();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> maps(Object node, Object... path) {
		return list(node, path).stream()
			.filter(Map.class::isInstance)
			.map((item) -> (Map<String, Object>) item)
			.toList();
	}

	static String text(Object node, Object... path) {
		Object value = at(node, path);
		return (value != null) ? value.toString() : null;
	}

}
