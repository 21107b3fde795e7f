package dev.loopline.features;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A record turned into numbers: named slots in the fitted pipeline's order, every value
 * finite. Two vectors are equal when their names and values are equal slot by slot
 * ({@link Double#compare} semantics).
 *
 * @param names the slot names, in order
 * @param values the slot values, aligned with {@code names}
 */
public record FeatureVector(List<String> names, double[] values) {

	public FeatureVector {
		names = List.copyOf(names);
		values = values.clone();
		if (names.size() != values.length) {
			throw new IllegalArgumentException(
					"names and values differ in length: " + names.size() + " != " + values.length);
		}
	}

	/**
	 * Returns a copy of the values.
	 * @return the slot values
	 */
	@Override
	public double[] values() {
		return this.values.clone();
	}

	/**
	 * Returns the number of slots.
	 * @return the size
	 */
	public int size() {
		return this.values.length;
	}

	/**
	 * Returns the value of the slot at an index.
	 * @param index the slot index
	 * @return the value
	 */
	public double value(int index) {
		return this.values[index];
	}

	/**
	 * Returns the value of a named slot.
	 * @param name the slot name
	 * @return the value
	 * @throws IllegalArgumentException if there is no such slot
	 */
	public double value(String name) {
		int index = this.names.indexOf(name);
		if (index < 0) {
			throw new IllegalArgumentException("No slot '" + name + "' in " + this.names);
		}
		return this.values[index];
	}

	/**
	 * Returns the slots as an ordered map.
	 * @return slot name to value, in slot order
	 */
	public Map<String, Double> asMap() {
		Map<String, Double> map = new LinkedHashMap<>();
		for (int i = 0; i < this.values.length; i++) {
			map.put(this.names.get(i), this.values[i]);
		}
		return Collections.unmodifiableMap(map);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FeatureVector vector && this.names.equals(vector.names)
				&& Arrays.equals(this.values, vector.values);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.names, Arrays.hashCode(this.values));
	}

	@Override
	public String toString() {
		return "FeatureVector" + asMap();
	}

}
