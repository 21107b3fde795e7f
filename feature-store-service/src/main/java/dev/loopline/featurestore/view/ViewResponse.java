package dev.loopline.featurestore.view;

import java.time.Instant;

import dev.loopline.features.FeaturesJson;
import dev.loopline.features.spec.FeatureViewSpecs;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A view version as the API shows it.
 *
 * @param name view name
 * @param version version
 * @param dataset dataset the view reads
 * @param ttl online TTL as an ISO-8601 duration, or {@code null} (never stale)
 * @param frozen whether the version is used and therefore immutable
 * @param createdAt when it was registered
 * @param usedAt when it was first materialized or exported
 * @param spec the spec
 */
record ViewResponse(String name, int version, String dataset, @Nullable String ttl, boolean frozen, Instant createdAt,
		@Nullable Instant usedAt, JsonNode spec) {

	static ViewResponse of(FeatureView view) {
		return new ViewResponse(view.name(), view.version(), view.dataset(),
				(view.ttl() != null) ? view.ttl().toString() : null, view.used(), view.createdAt(), view.usedAt(),
				FeaturesJson.mapper().readTree(FeatureViewSpecs.toJson(view.spec())));
	}

}
