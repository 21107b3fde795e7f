package dev.loopline.features.profile;

import java.util.List;
import java.util.Optional;

import dev.loopline.features.FeatureFormatException;
import dev.loopline.features.FeaturesJson;

/**
 * Per-feature statistics of a set of rows or feature vectors; stored with a model as the
 * drift reference. Serialized as JSON with a format version; a round trip is exact.
 *
 * @param formatVersion the JSON format version, {@link #FORMAT_VERSION} when written by
 * this release
 * @param rowCount rows (or vectors) profiled
 * @param options the options used
 * @param features statistics per feature, in input order
 */
public record FeatureProfile(int formatVersion, long rowCount, ProfileOptions options, List<FeatureStats> features) {

	/** The format version this release writes and the newest it reads. */
	public static final int FORMAT_VERSION = 1;

	public FeatureProfile {
		features = List.copyOf(features);
	}

	/**
	 * Finds a feature's statistics.
	 * @param name the feature name
	 * @return the statistics, if profiled
	 */
	public Optional<FeatureStats> feature(String name) {
		return this.features.stream().filter((stats) -> stats.name().equals(name)).findFirst();
	}

	/**
	 * Writes the profile as JSON.
	 * @return the JSON text
	 */
	public String toJson() {
		return FeaturesJson.write(this);
	}

	/**
	 * Reads a profile written by {@link #toJson()}.
	 * @param json the JSON text
	 * @return the profile
	 * @throws dev.loopline.features.UnsupportedFormatVersionException if written by a
	 * newer release
	 * @throws FeatureFormatException if it is not a valid profile
	 */
	public static FeatureProfile fromJson(String json) {
		return FeaturesJson.readVersioned(json, FeatureProfile.class, "Feature profile", FORMAT_VERSION);
	}

}
