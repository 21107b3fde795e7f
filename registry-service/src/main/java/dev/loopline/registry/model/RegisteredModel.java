package dev.loopline.registry.model;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A registered model: a name under which versions accumulate.
 *
 * @param name the model name
 * @param description free text, or {@code null}
 * @param tags key/value tags
 * @param latestVersion the highest version number, or {@code null} without versions
 * @param aliases alias → version
 * @param createdAt when it was registered
 * @param updatedAt when it last changed
 */
public record RegisteredModel(String name, @Nullable String description, Map<String, String> tags,
		@Nullable Integer latestVersion, Map<String, Integer> aliases, Instant createdAt, Instant updatedAt) {

}
