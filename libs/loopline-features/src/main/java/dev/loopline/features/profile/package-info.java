/**
 * Feature profiles: per-feature statistics of a set of rows or vectors (numeric: counts,
 * moments, quantiles, a histogram and a seeded reservoir sample; categorical: top-k
 * frequencies), stored with a model as the drift reference.
 * {@link dev.loopline.features.profile.FeatureProfiler#profileOn} profiles a new window
 * on a reference's bins and categories so the two compare bin by bin.
 */
@NullMarked
package dev.loopline.features.profile;

import org.jspecify.annotations.NullMarked;
