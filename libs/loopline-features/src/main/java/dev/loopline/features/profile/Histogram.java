package dev.loopline.features.profile;

import java.util.Collections;
import java.util.List;

/**
 * Bin edges and counts. Bin {@code i} holds {@code edges[i] <= x < edges[i+1]}, the last
 * bin also its upper edge; the outer bins are open-ended, so a value below the first edge
 * (or {@code -Infinity}) counts in the first bin and one above the last edge in the last.
 *
 * @param edges the edges, non-decreasing, one more than the bins (empty when no finite
 * value was seen)
 * @param counts the counts per bin
 */
public record Histogram(List<Double> edges, List<Long> counts) {

	public Histogram {
		edges = List.copyOf(edges);
		counts = List.copyOf(counts);
		if (!(edges.isEmpty() && counts.isEmpty()) && edges.size() != counts.size() + 1) {
			throw new IllegalArgumentException(
					"A histogram has one more edge than bins: " + edges.size() + " edges, " + counts.size() + " bins");
		}
	}

	/**
	 * Returns the bin of a value.
	 * @param value a non-NaN value
	 * @return the bin index, or -1 if the histogram has no bins
	 */
	public int binOf(double value) {
		int bins = this.counts.size();
		if (bins == 0) {
			return -1;
		}
		int index = Collections.binarySearch(this.edges, value);
		int bin = (index >= 0) ? index : -index - 2;
		return Math.max(0, Math.min(bins - 1, bin));
	}

}
