package dev.loopline.features.pipeline;

import java.util.List;

/**
 * One feature of a fitted pipeline: the record key it reads, its fitted steps and the
 * slots it writes.
 *
 * @param name the feature name
 * @param input the record key read: the source field, or for an aggregate feature its own
 * name (aggregate values are supplied under the feature name)
 * @param steps the fitted steps, in order
 * @param slots the slot names this feature writes, in order
 */
public record FittedFeature(String name, String input, List<FittedTransform> steps, List<String> slots) {

	public FittedFeature {
		steps = List.copyOf(steps);
		slots = List.copyOf(slots);
		if (slots.isEmpty()) {
			throw new IllegalArgumentException("Feature '" + name + "' has no slots");
		}
	}

}
