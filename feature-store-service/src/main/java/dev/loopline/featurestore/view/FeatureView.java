package dev.loopline.featurestore.view;

import java.time.Duration;
import java.time.Instant;

import dev.loopline.features.spec.FeatureViewSpec;
import org.jspecify.annotations.Nullable;

/**
 * One stored version of a feature view.
 *
 * @param spec the validated spec (its {@code version} is this version)
 * @param ttl how old an online value may be before it is reported {@code STALE};
 * {@code null} means never
 * @param createdAt when the version was registered
 * @param usedAt when it was first materialized or exported; from then on it is frozen
 */
public record FeatureView(FeatureViewSpec spec, @Nullable Duration ttl, Instant createdAt, @Nullable Instant usedAt) {

	public String name() {
		return this.spec.name();
	}

	public int version() {
		return this.spec.version();
	}

	public String dataset() {
		return this.spec.dataset();
	}

	public boolean used() {
		return this.usedAt != null;
	}

}
