/**
 * Pure feature computations shared by the online store and training sets: a record's
 * source values and its point-in-time aggregates from the entity's history.
 */
@NullMarked
package dev.loopline.featurestore.assembly;

import org.jspecify.annotations.NullMarked;
