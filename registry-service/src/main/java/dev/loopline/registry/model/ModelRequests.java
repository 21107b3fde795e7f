package dev.loopline.registry.model;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Request bodies of the registered model endpoints.
 */
public final class ModelRequests {

	private ModelRequests() {
	}

	/**
	 * {@code POST /v1/models}.
	 *
	 * @param name the model name
	 * @param description free text
	 * @param tags initial tags
	 */
	public record Create(@NotBlank String name, @Nullable @Size(max = 10_000) String description,
			@Nullable Map<String, String> tags) {

	}

	/**
	 * {@code PATCH /v1/models/{name}} and {@code PATCH .../versions/{v}}.
	 *
	 * @param description the new description
	 */
	public record Describe(@Nullable @Size(max = 10_000) String description) {

	}

	/**
	 * {@code PUT .../tags/{key}}.
	 *
	 * @param value the tag value; checked by {@code Names.tagValue}, so a missing value
	 * is an {@code invalid-tag-value} like a too long one
	 */
	public record TagValue(@Nullable String value) {

	}

}
