/**
 * Model performance: predictions joined with (possibly delayed) ground-truth labels give
 * live accuracy and the error stream watched for performance drift.
 */
@NullMarked
package dev.loopline.monitoring.performance;

import org.jspecify.annotations.NullMarked;
