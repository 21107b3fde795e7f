package dev.loopline.featurestore.online;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An online lookup.
 *
 * @param entities the entity ids, in the order of the answer
 * @param features the features wanted, or {@code null} for all of the view's
 * @param version the view version, or {@code null} for the latest
 */
record OnlineRequest(@Nullable List<String> entities, @Nullable List<String> features, @Nullable Integer version) {
}
