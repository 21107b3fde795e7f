/**
 * The push API: feature values computed outside the platform, stored as records of the
 * view's dataset and materialized like validated records.
 */
@NullMarked
package dev.loopline.featurestore.push;

import org.jspecify.annotations.NullMarked;
