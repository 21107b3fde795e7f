/**
 * Loopline's shared feature engineering: the value conversions every transform and
 * profile applies ({@link dev.loopline.features.Values}), the named feature vector
 * ({@link dev.loopline.features.FeatureVector}) and the JSON support of the library's
 * serialized formats. Specs live in {@code spec}, fit and apply in {@code pipeline},
 * windowed entity aggregates in {@code aggregate}, drift references in {@code profile}
 * and the bridge to Tribuo in {@code tribuo}. Plain Java on top of Jackson 3: no Spring.
 */
@NullMarked
package dev.loopline.features;

import org.jspecify.annotations.NullMarked;
