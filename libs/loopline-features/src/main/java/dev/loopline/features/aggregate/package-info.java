/**
 * Windowed entity aggregates (count, sum, mean, min, max, last over a sliding window), as
 * pure logic the feature store calls:
 * {@link dev.loopline.features.aggregate.WindowAggregates} computes them point-in-time
 * from an entity's full history, {@link dev.loopline.features.aggregate.SlidingWindow}
 * and {@link dev.loopline.features.aggregate.StreamingAggregator} incrementally from a
 * stream with bounded memory per entity.
 */
@NullMarked
package dev.loopline.features.aggregate;

import org.jspecify.annotations.NullMarked;
