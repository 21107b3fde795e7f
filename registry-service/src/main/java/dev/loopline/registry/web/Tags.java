package dev.loopline.registry.web;

import java.util.Map;

import dev.loopline.servicekit.problem.BadRequestException;
import org.jspecify.annotations.Nullable;

/**
 * Parses the {@code tag=key:value} filter of search endpoints.
 *
 * @param key the tag key
 * @param value the tag value
 */
public record Tags(String key, String value) {

	public static @Nullable Tags filter(@Nullable String tag) {
		if (tag == null || tag.isBlank()) {
			return null;
		}
		int colon = tag.indexOf(':');
		if (colon <= 0) {
			throw new BadRequestException("invalid-tag-filter", "Invalid tag filter",
					"A tag filter is key:value, was '" + tag + "'.", Map.of("tag", tag));
		}
		return new Tags(Names.tagKey(tag.substring(0, colon)), tag.substring(colon + 1));
	}

	/**
	 * The JSON containment operand of the filter, for {@code tags @> ?::jsonb}.
	 * @return a one-entry map
	 */
	public Map<String, String> asMap() {
		return Map.of(this.key, this.value);
	}

}
