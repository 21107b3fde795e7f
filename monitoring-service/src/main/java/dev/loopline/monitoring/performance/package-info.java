/**
 * Model performance: predictions joined with (possibly delayed) ground-truth labels give
 * the live metric and the error stream ADWIN watches; the outputs' own distribution gives
 * prediction drift.
 */
@NullMarked
package dev.loopline.monitoring.performance;

import org.jspecify.annotations.NullMarked;
