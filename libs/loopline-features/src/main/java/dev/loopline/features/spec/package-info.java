/**
 * The feature view spec: which record fields become which features through which chain of
 * transforms, and which windowed entity aggregates join them. A spec is plain data read
 * from JSON or YAML by {@link dev.loopline.features.spec.FeatureViewSpecs}, which
 * validates it and reports every error with its path.
 */
@NullMarked
package dev.loopline.features.spec;

import org.jspecify.annotations.NullMarked;
