/**
 * The feature view registry: versioned specs (loopline-features) with an online TTL,
 * stored in {@code features.feature_view}, frozen once materialized or exported, served
 * over {@code /v1/feature-views}.
 */
@NullMarked
package dev.loopline.featurestore.view;

import org.jspecify.annotations.NullMarked;
